package com.logicheck.ui.verify;

import com.logicheck.domain.org.Role;
import com.logicheck.i18n.Messages;
import com.logicheck.service.VerifyService;
import com.logicheck.ui.common.Failures;
import com.logicheck.ui.common.Navigator;
import com.logicheck.ui.common.TaskExecutor;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * 验证签名: for each chosen or dropped PDF, who signed it, when, whether it is intact and whether the signer is on
 * the trust list, with the reason in words. 信任此签名人 is for 主管 and 管理员 only, and only on an intact file.
 */
public final class VerifyViewModel {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private final VerifyService verify;
    private final Messages messages;
    private final TaskExecutor executor;
    private final Navigator navigator;
    private final ZoneId zone;
    private final UUID actorId;
    private final boolean supervisor;
    private final Set<Path> files = new LinkedHashSet<>();
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();

    /** One verified file, every cell in words; {@code trustable}: intact, not yet trusted. */
    public record Row(Path file, String name, String signer, String time, boolean intact, boolean trusted,
                      String intactText, String trustedText, String reason, boolean trustable) {
    }

    public VerifyViewModel(VerifyService verify, Messages messages, TaskExecutor executor, Navigator navigator,
                           ZoneId zone, UUID actorId, Role actorRole) {
        this.verify = verify;
        this.messages = messages;
        this.executor = executor;
        this.navigator = navigator;
        this.zone = zone;
        this.actorId = actorId;
        this.supervisor = actorRole == Role.SUPERVISOR || actorRole == Role.ADMIN;
    }

    /** Adds files (chosen or dropped) and verifies them; a file already in the list is checked again. */
    public void add(List<Path> chosen) {
        List<Path> pdfs = chosen.stream().filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT)
                .endsWith(".pdf")).toList();
        if (pdfs.size() < chosen.size()) {
            message.set(messages.get("verifyScreen.notPdf", chosen.size() - pdfs.size()));
        } else {
            message.set("");
        }
        files.addAll(pdfs);
        refresh();
    }

    /** Verifies every file in the list again (after a change of the trust list). */
    public void refresh() {
        List<Path> all = List.copyOf(files);
        busy.set(true);
        executor.submit(() -> {
            List<Row> out = new ArrayList<>();
            for (Path f : all) {
                out.add(row(verify.verify(f)));
            }
            return out;
        }, out -> {
            busy.set(false);
            rows.setAll(out);
        }, e -> {
            busy.set(false);
            message.set(Failures.describe(e, messages));
        });
    }

    private Row row(VerifyService.Report r) {
        String signer = r.intact() ? (r.organisation() == null || r.organisation().isBlank() ? r.signerName()
                : messages.get("verifyScreen.signer", r.signerName(), r.organisation())) : "—";
        String time = r.intact() && r.signedAt() != null ? TIME.format(r.signedAt().atZoneSameInstant(zone)) : "—";
        String reason;
        if (r.problem() != null) {
            reason = messages.get(r.problem());
        } else if (!r.trusted()) {
            reason = messages.get("verifyScreen.reason.untrusted");
        } else {
            reason = messages.get("verifyScreen.reason.ok");
        }
        return new Row(r.file(), r.file().getFileName().toString(), signer, time, r.intact(), r.trusted(),
                messages.get(r.intact() ? "verifyScreen.yes" : "verifyScreen.no"),
                messages.get(r.trusted() ? "verifyScreen.yes" : "verifyScreen.no"), reason, r.intact() && !r.trusted());
    }

    /**
     * What 信任此签名人 does, in words, for the confirmation; empty when {@code row} cannot be trusted by this user
     * (trusting then says why).
     */
    public Optional<String> trustQuestion(Row row) {
        return row == null || !supervisor || !row.trustable() ? Optional.empty()
                : Optional.of(messages.get("verifyScreen.trust.ask", row.signer(), row.name()));
    }

    /** 信任此签名人: supervisors only; the list is verified again, so every file by that signer turns trusted. */
    public void trust(Row row) {
        if (row == null) {
            return;
        }
        if (!supervisor) {
            message.set(messages.get("verifyScreen.trust.supervisorsOnly"));
            return;
        }
        if (!row.trustable()) {
            message.set(messages.get(row.intact() ? "verifyScreen.trust.already" : "verifyScreen.trust.notIntact"));
            return;
        }
        executor.submit(() -> verify.trustSigner(row.file(), actorId), added -> {
            message.set(messages.get("verifyScreen.trust.done", row.signer()));
            refresh();
        }, Failures.shownIn(message, messages));
    }

    public void clear() {
        files.clear();
        rows.clear();
        message.set("");
    }

    public void home() {
        navigator.home();
    }

    public boolean supervisor() {
        return supervisor;
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
