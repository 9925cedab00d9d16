package com.logicheck.ui.signing;

import com.logicheck.domain.inspection.InspectionStatus;
import com.logicheck.i18n.Messages;
import com.logicheck.scoring.SheetScore;
import com.logicheck.scoring.SheetScorer;
import com.logicheck.service.InspectionService;
import com.logicheck.service.SheetRecords;
import com.logicheck.service.SheetView;
import com.logicheck.service.SigningService;
import com.logicheck.service.SigningService.SignerInput;
import com.logicheck.ui.common.BusyWork;
import com.logicheck.ui.common.Failures;
import com.logicheck.ui.common.Navigator;
import com.logicheck.ui.common.SheetHeader;
import com.logicheck.ui.common.TaskExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * 签字: the 检查人's signature (drawn, or a stored image), the 受检方's (drawn, or 拒绝签字 with a reason
 * and a witness; one of the two is required), the optional 复核, and the key password. Everything is handed to
 * {@link SigningService#sign}; a refusal shows the service's message and changes nothing. After signing the summary opens, showing 已签字.
 */
public final class SigningViewModel {
    private final InspectionService service;
    private final SheetRecords sheets;
    private final SigningService signing;
    private final Messages messages;
    private final TaskExecutor executor;
    private final Navigator navigator;
    private final UUID actorId;
    private final UUID inspectionId;
    private final SignatureInk inspectorInk = new SignatureInk();
    private final SignatureInk inspecteeInk = new SignatureInk();
    private final SignatureInk reviewerInk = new SignatureInk();
    private final ReadOnlyObjectWrapper<SigningSheet> sheet = new ReadOnlyObjectWrapper<>(SigningSheet.NONE);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final BusyWork signingWork;
    private final ReadOnlyObjectWrapper<byte[]> image = new ReadOnlyObjectWrapper<>();
    private final BooleanProperty useImage = new SimpleBooleanProperty();
    private final BooleanProperty rememberImage = new SimpleBooleanProperty();
    private final StringProperty inspecteeName = new SimpleStringProperty("");
    private final BooleanProperty inspecteeRefused = new SimpleBooleanProperty();
    private final StringProperty refusalReason = new SimpleStringProperty("");
    private final StringProperty witness = new SimpleStringProperty("");
    private final StringProperty reviewerName = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private UUID inspectorId;
    private boolean imageFromFile;

    public SigningViewModel(InspectionService service, SheetRecords sheets, SigningService signing,
                            Messages messages, TaskExecutor executor, Navigator navigator, UUID actorId,
                            UUID inspectionId) {
        this.service = service;
        this.sheets = sheets;
        this.signing = signing;
        this.messages = messages;
        this.executor = executor;
        this.navigator = navigator;
        this.actorId = actorId;
        this.inspectionId = inspectionId;
        this.signingWork = new BusyWork(executor, messages, message);
    }

    private record Loaded(SheetView sheet, SheetScore score, boolean hasKey, Optional<byte[]> storedImage) {
    }

    public void load() {
        executor.submit(() -> {
            SheetView view = sheets.view(inspectionId);
            UUID inspector = view.inspection().inspectorId();
            return new Loaded(view, new SheetScorer().score(view.template(), view.results()),
                    signing.hasKey(inspector), signing.storedSignature(inspector));
        }, loaded -> {
            SheetView s = loaded.sheet();
            inspectorId = s.inspection().inspectorId();
            InspectionStatus status = s.inspection().status();
            sheet.set(new SigningSheet(SheetHeader.read(s, loaded.score(), messages), s.inspectorName(),
                    messages.get(loaded.hasKey() ? "signing.key.existing" : "signing.key.firstUse", s.inspectorName()),
                    status == InspectionStatus.FINISHED));
            loaded.storedImage().ifPresent(png -> {
                image.set(png);
                useImage.set(true);
            });
            if (!sheet.get().signable()) {
                message.set(messages.get(status == InspectionStatus.DRAFT ? "problem.sign.notFinished"
                        : "problem.sign.alreadySigned"));
            }
        }, Failures.shownIn(message, messages));
    }

    /** A signature image chosen from a file: checked by the service's rule, then used for the 检查人. */
    public void chooseImage(Path file) {
        executor.submit(() -> Files.readAllBytes(file), png -> {
            image.set(png);
            imageFromFile = true;
            useImage.set(true);
            message.set("");
        }, e -> message.set(messages.get("signing.image.unreadable", file.getFileName())));
    }

    /** 签字. Checks only what the service cannot know (an empty pad, an empty password); the rest is its call. */
    public void sign() {
        if (signingWork.isBusy()) {
            return;
        }
        byte[] inspectorPng = useImage.get() ? image.get() : inspectorInk.toPng();
        if (inspectorPng == null) {
            message.set(messages.get(useImage.get() ? "signing.image.none" : "signing.inspector.empty"));
            return;
        }
        if (password.get() == null || password.get().isEmpty()) {
            message.set(messages.get("signing.password.empty"));
            return;
        }
        SigningService.SignRequest request = new SigningService.SignRequest(inspectorPng, inspectee(), reviewer());
        char[] pass = password.get().toCharArray();
        password.set("");
        boolean remember = rememberImage.get() && useImage.get() && imageFromFile;
        UUID inspector = inspectorId;
        message.set(messages.get("signing.working"));
        signingWork.run(() -> {
            try {
                SigningService.SignedSheet signed = signing.sign(inspectionId, request, pass, actorId);
                if (remember) {
                    signing.rememberSignature(inspector, inspectorPng);
                }
                return signed;
            } finally {
                Arrays.fill(pass, '\0');
            }
        }, signed -> {
            message.set("");
            navigator.summary(inspectionId);
        });
    }

    private SignerInput inspectee() {
        String name = inspecteeName.get() == null ? "" : inspecteeName.get().strip();
        if (inspecteeRefused.get()) {
            return SignerInput.refused(name, refusalReason.get() == null ? "" : refusalReason.get(),
                    witness.get() == null ? "" : witness.get());
        }
        if (name.isEmpty() && inspecteeInk.isEmpty()) {
            return null;
        }
        return SignerInput.drawn(null, name, inspecteeInk.toPng());
    }

    private SignerInput reviewer() {
        String name = reviewerName.get() == null ? "" : reviewerName.get().strip();
        if (name.isEmpty() && reviewerInk.isEmpty()) {
            return null;
        }
        return SignerInput.drawn(null, name, reviewerInk.toPng());
    }

    /** 取消: back to the summary, nothing signed. */
    public void cancel() {
        navigator.summary(inspectionId);
    }

    public SignatureInk inspectorInk() {
        return inspectorInk;
    }

    public SignatureInk inspecteeInk() {
        return inspecteeInk;
    }

    public SignatureInk reviewerInk() {
        return reviewerInk;
    }

    /** The sheet being signed: its header as the summary shows it, the 检查人, the key hint, whether it may be signed. */
    public ReadOnlyObjectProperty<SigningSheet> sheet() {
        return sheet.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return signingWork.busyProperty();
    }

    public ReadOnlyObjectProperty<byte[]> imageProperty() {
        return image.getReadOnlyProperty();
    }

    public BooleanProperty useImageProperty() {
        return useImage;
    }

    public BooleanProperty rememberImageProperty() {
        return rememberImage;
    }

    public StringProperty inspecteeNameProperty() {
        return inspecteeName;
    }

    public BooleanProperty inspecteeRefusedProperty() {
        return inspecteeRefused;
    }

    public StringProperty refusalReasonProperty() {
        return refusalReason;
    }

    /** Who witnessed the 受检方's refusal (见证人); required with a refusal. */
    public StringProperty witnessProperty() {
        return witness;
    }

    public StringProperty reviewerNameProperty() {
        return reviewerName;
    }

    public StringProperty passwordProperty() {
        return password;
    }
}
