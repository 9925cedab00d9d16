package com.logicheck.ui.account;

import com.logicheck.domain.DomainException;
import com.logicheck.domain.org.Role;
import com.logicheck.i18n.Messages;
import com.logicheck.service.DemoMonth;
import com.logicheck.service.OrganisationJoin;
import com.logicheck.service.OrganisationJoin.Member;
import com.logicheck.service.OrganisationJoin.Offer;
import com.logicheck.service.OrganisationSetup;
import com.logicheck.service.ReferenceFiles;
import com.logicheck.service.ReferenceRows;
import com.logicheck.service.ReferenceRows.PlaceLine;
import com.logicheck.service.ReferenceRows.ProviderLine;
import com.logicheck.service.ReferenceRows.RowCheck;
import com.logicheck.service.SheetLists;
import com.logicheck.ui.common.Failures;
import com.logicheck.ui.common.Formats;
import com.logicheck.ui.common.Navigator;
import com.logicheck.ui.common.TaskExecutor;
import com.logicheck.ui.common.TextCell.RowState;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * 首次设置 (first-run wizard): 单位 → 管理员 → 地点 → 服务企业 → 考核表 → 完成. 下一步 checks the step in front of it
 * with the service's own rules; 上一步 never loses input; nothing is written until 完成, which writes everything in
 * one transaction and then, if chosen, fills a month of demo data (ADR 0014).
 */
public final class SetupWizardViewModel {
    public static final int ORGANISATION = 0;
    public static final int ADMIN = 1;
    public static final int PLACES = 2;
    public static final int PROVIDERS = 3;
    public static final int TEMPLATES = 4;
    public static final int FINISH = 5;
    static final long DEMO_SEED = 20261121L;
    private final OrganisationSetup setup;
    private final DemoMonth demo;
    private final ReferenceFiles files;
    private final Messages messages;
    private final TaskExecutor executor;
    private final Navigator navigator;
    private final ReadOnlyIntegerWrapper step = new ReadOnlyIntegerWrapper(ORGANISATION);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper messageGood = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final StringProperty organisation = new SimpleStringProperty("");
    private final ObjectProperty<byte[]> logo = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper logoName = new ReadOnlyStringWrapper("");
    private final StringProperty adminName = new SimpleStringProperty("");
    private final StringProperty adminLogin = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty repeated = new SimpleStringProperty("");
    private final ObservableList<PlaceRow> places = FXCollections.observableArrayList(r -> r.cells());
    private final ObservableList<ProviderRow> providers = FXCollections.observableArrayList(r -> r.cells);
    private final ObservableList<TemplateChoice> templates = FXCollections.observableArrayList();
    private final BooleanProperty demoData = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final OrganisationJoin join;
    private final ReadOnlyBooleanWrapper joining = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<Offer> offer = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper offerText = new ReadOnlyStringWrapper("");
    private final ObservableList<Member> people = FXCollections.observableArrayList();
    private final JoinForm joinForm = new JoinForm();

    /** How a typed row stands (green, a duplicate, refused) and what to say beside it. */
    public static class CheckedRow {
        private final ReadOnlyObjectWrapper<RowState> state = new ReadOnlyObjectWrapper<>(RowState.BLANK);
        private final ReadOnlyStringWrapper check = new ReadOnlyStringWrapper("");

        public ReadOnlyObjectProperty<RowState> stateProperty() {
            return state.getReadOnlyProperty();
        }

        public ReadOnlyStringProperty checkProperty() {
            return check.getReadOnlyProperty();
        }

        void show(RowCheck c, Messages messages) {
            state.set(switch (c.status()) {
                case BLANK -> RowState.BLANK;
                case OK -> RowState.OK;
                case DUPLICATE -> RowState.WARNING;
                case ERROR -> RowState.ERROR;
            });
            check.set(c.problem() != null ? messages.problem(c.problem())
                    : c.status() == ReferenceRows.RowStatus.OK ? messages.get("setup.row.ok") : "");
        }
    }

    /** One editable row of the place table. */
    public static final class PlaceRow extends CheckedRow {
        public final StringProperty site = new SimpleStringProperty("");
        public final StringProperty building = new SimpleStringProperty("");
        public final StringProperty floor = new SimpleStringProperty("");
        public final StringProperty area = new SimpleStringProperty("");

        Observable[] cells() {
            return new Observable[] {site, building, floor, area};
        }

        PlaceLine line() {
            return new PlaceLine(site.get(), building.get(), floor.get(), area.get());
        }

        static PlaceRow of(PlaceLine l) {
            PlaceRow r = new PlaceRow();
            r.site.set(l.site());
            r.building.set(l.building());
            r.floor.set(l.floor());
            r.area.set(l.area());
            return r;
        }
    }

    /** One editable row of the provider table; service lines as typed (绿化保洁、安保消防). */
    public static final class ProviderRow extends CheckedRow {
        public final StringProperty name = new SimpleStringProperty("");
        public final StringProperty shortName = new SimpleStringProperty("");
        public final StringProperty lines = new SimpleStringProperty("");
        private final Observable[] cells = {name, shortName, lines};

        String[] cells() {
            return new String[] {name.get(), shortName.get(), lines.get()};
        }
    }

    /** 加入已有单位's answers: who the user is (a person of the package) and the log-in they set on this laptop. */
    public static final class JoinForm {
        public final ObjectProperty<Member> person = new SimpleObjectProperty<>();
        public final StringProperty login = new SimpleStringProperty("");
        public final StringProperty password = new SimpleStringProperty("");
        public final StringProperty repeated = new SimpleStringProperty("");
    }

    /** A built-in template and whether this organisation uses it. */
    public record TemplateChoice(String code, String title, String serviceLine, BooleanProperty enabled) {
    }

    public SetupWizardViewModel(OrganisationSetup setup, OrganisationJoin join, DemoMonth demo, ReferenceFiles files,
                                SheetLists sheetLists, Messages messages, TaskExecutor executor,
                                Navigator navigator) {
        this.setup = setup;
        this.join = join;
        this.demo = demo;
        this.files = files;
        this.messages = messages;
        this.executor = executor;
        this.navigator = navigator;
        for (var t : sheetLists.templates()) {
            templates.add(new TemplateChoice(t.code(), t.title(), messages.label(t.serviceLine()),
                    new SimpleBooleanProperty(true)));
        }
        message.addListener((o, old, now) -> messageGood.set(false));
        places.addListener((Observable o) -> showChecks(places, ReferenceRows.placeChecks(
                places.stream().map(PlaceRow::line).toList(), 1)));
        providers.addListener((Observable o) -> showChecks(providers, ReferenceRows.providerChecks(
                providers.stream().map(ProviderRow::cells).toList(), 1)));
        places.add(new PlaceRow());
        providers.add(new ProviderRow());
    }

    private void showChecks(List<? extends CheckedRow> rows, List<RowCheck> checks) {
        for (int i = 0; i < rows.size(); i++) {
            rows.get(i).show(checks.get(i), messages);
        }
    }

    /** 下一步: checks this step; stays with a message when something is wrong. */
    public boolean next() {
        if (busy.get() || step.get() >= FINISH) {
            return false;
        }
        try {
            check(step.get());
        } catch (DomainException e) {
            message.set(messages.problems(e));
            return false;
        }
        message.set("");
        step.set(step.get() + 1);
        if (step.get() == FINISH) {
            summary.set(describe());
        }
        return true;
    }

    /** 上一步: keeps everything typed. */
    public void back() {
        if (!busy.get() && step.get() > ORGANISATION) {
            message.set("");
            step.set(step.get() - 1);
        }
    }

    private void check(int s) {
        switch (s) {
            case ORGANISATION -> OrganisationSetup.organisation(organisation.get());
            case ADMIN -> OrganisationSetup.checkAdmin(adminName.get(), adminLogin.get(), password.get().toCharArray(),
                    repeated.get().toCharArray());
            case PLACES -> placeLines();
            case PROVIDERS -> providerLines();
            default -> {
            }
        }
    }

    private List<PlaceLine> placeLines() {
        return ReferenceRows.checkPlaces(places.stream().map(PlaceRow::line).toList(), 1);
    }

    private List<ProviderLine> providerLines() {
        return ReferenceRows.checkProviders(providers.stream().map(ProviderRow::cells).toList(), 1);
    }

    private String describe() {
        long enabled = templates.stream().filter(t -> t.enabled().get()).count();
        return messages.get("setup.summary", organisation.get().strip(), adminName.get().strip(),
                adminLogin.get().strip(), placeLines().size(), providerLines().size(), enabled, templates.size());
    }

    public void chooseLogo(Path file) {
        try {
            logo.set(OrganisationSetup.logo(file));
            logoName.set(file.getFileName().toString());
            message.set("");
        } catch (DomainException e) {
            message.set(messages.problems(e));
        }
    }

    public void clearLogo() {
        logo.set(null);
        logoName.set("");
    }

    public void addPlace() {
        places.add(new PlaceRow());
    }

    public void removePlace(PlaceRow row) {
        places.remove(row);
        if (places.isEmpty()) {
            places.add(new PlaceRow());
        }
    }

    public void addProvider() {
        providers.add(new ProviderRow());
    }

    public void removeProvider(ProviderRow row) {
        providers.remove(row);
        if (providers.isEmpty()) {
            providers.add(new ProviderRow());
        }
    }

    /** Adds the file's places after the rows already typed; a file with a bad row adds nothing. */
    public void importPlaces(Path file) {
        try {
            List<PlaceLine> lines = files.readPlaces(file);
            places.removeIf(r -> r.line().levels().stream().allMatch(String::isEmpty));
            lines.forEach(l -> places.add(PlaceRow.of(l)));
            if (places.isEmpty()) {
                places.add(new PlaceRow());
            }
            good(messages.get("setup.imported", lines.size(), file.getFileName().toString()));
        } catch (DomainException e) {
            message.set(messages.get("setup.importRefused", file.getFileName().toString(), messages.problems(e)));
        }
    }

    public void importProviders(Path file) {
        try {
            List<ProviderLine> lines = files.readProviders(file);
            providers.removeIf(r -> String.join("", r.cells()).isBlank());
            for (ProviderLine l : lines) {
                ProviderRow r = new ProviderRow();
                r.name.set(l.name());
                r.shortName.set(l.shortName());
                r.lines.set(ReferenceRows.linesText(l.lines(), messages));
                providers.add(r);
            }
            if (providers.isEmpty()) {
                providers.add(new ProviderRow());
            }
            good(messages.get("setup.imported", lines.size(), file.getFileName().toString()));
        } catch (DomainException e) {
            message.set(messages.get("setup.importRefused", file.getFileName().toString(), messages.problems(e)));
        }
    }

    /** A message that reports success (shown green; every other message is a refusal, shown red). */
    private void good(String text) {
        message.set(text);
        messageGood.set(true);
    }

    public void writeExamples(Path folder) {
        try {
            List<Path> written = files.writeExamples(folder);
            good(messages.get("setup.examplesWritten", written.size(), folder.toString()));
        } catch (DomainException e) {
            message.set(messages.problems(e));
        }
    }

    /** Writes everything in one transaction, logs the 管理员 in, then fills the demo month if chosen, then 首页. */
    public void finish() {
        if (busy.get()) {
            return;
        }
        OrganisationSetup.Plan plan;
        try {
            for (int s = ORGANISATION; s < FINISH; s++) {
                check(s);
            }
            Set<String> disabled = templates.stream().filter(t -> !t.enabled().get()).map(TemplateChoice::code)
                    .collect(Collectors.toSet());
            plan = new OrganisationSetup.Plan(organisation.get(), logo.get(), adminName.get(), adminLogin.get(),
                    password.get().toCharArray(), placeLines(), providerLines(), disabled);
        } catch (DomainException e) {
            message.set(messages.problems(e));
            return;
        }
        busy.set(true);
        message.set("");
        status.set(messages.get("setup.saving"));
        boolean withDemo = demoData.get();
        executor.submit(() -> setup.complete(plan), admin -> {
            password.set("");
            repeated.set("");
            if (!withDemo) {
                done();
                return;
            }
            status.set(messages.get("setup.demoRunning"));
            executor.submit(() -> demo.fill(DEMO_SEED), made -> done(), e -> {
                busy.set(false);
                status.set("");
                message.set(messages.get("setup.demoFailed", Failures.describe(e, messages)));
                navigator.home();
            });
        }, e -> {
            busy.set(false);
            status.set("");
            message.set(Failures.describe(e, messages));
        });
    }

    /** 加入已有单位: the wizard turns to joining an organisation from a sync folder instead of making one. */
    public void startJoin() {
        if (!busy.get()) {
            message.set("");
            joining.set(true);
        }
    }

    public ReadOnlyBooleanProperty joiningProperty() {
        return joining.getReadOnlyProperty();
    }

    /** Back to making a new organisation; what was read from a folder is forgotten (nothing was written). */
    public void cancelJoin() {
        if (!busy.get()) {
            message.set("");
            offer.set(null);
            offerText.set("");
            people.clear();
            joining.set(false);
        }
    }

    /** Reads the folder's newest signed reference package (nothing is written) and lists its people. */
    public void readFolder(Path folder) {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        offer.set(null);
        offerText.set("");
        people.clear();
        message.set("");
        status.set(messages.get("setup.join.reading"));
        executor.submit(() -> join.read(folder), o -> {
            busy.set(false);
            status.set("");
            offer.set(o);
            people.setAll(o.people());
            joinForm.person.set(null);
            offerText.set(messages.get("setup.join.offer", blankAsDash(o.organisation()), o.signerName(),
                    blankAsDash(o.signerOrganisation()), o.createdAt().toLocalDate().toString(), o.people().size()));
            good(messages.get("setup.join.found", o.file().getFileName().toString()));
        }, e -> {
            busy.set(false);
            status.set("");
            message.set(Failures.describe(e, messages));
        });
    }

    /** The package found, with its signer and people; null until a folder was read. */
    public ReadOnlyObjectProperty<Offer> offerProperty() {
        return offer.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty offerTextProperty() {
        return offerText.getReadOnlyProperty();
    }

    /** The question that asks the user to compare the signer's fingerprint before trusting it. */
    public String signerQuestion() {
        Offer o = offer.get();
        return o == null ? "" : messages.get("setup.join.confirmSigner", o.signerName(),
                blankAsDash(o.signerOrganisation()), Formats.fingerprint(o.fingerprint()));
    }

    /**
     * 加入: imports the package, trusts its signer ({@code signerConfirmed}: the user compared and accepted the
     * fingerprint; a signer this laptop trusts needs no confirmation) and logs the chosen person in with the password
     * set here; then 首页. Refused with the reason, nothing written.
     */
    public void joinNow(boolean signerConfirmed) {
        Offer o = offer.get();
        if (busy.get()) {
            return;
        }
        if (o == null) {
            message.set(messages.get("setup.join.noFolder"));
            return;
        }
        Member who = joinForm.person.get();
        if (who == null) {
            message.set(messages.get("setup.join.noPerson"));
            return;
        }
        OrganisationJoin.Join request = new OrganisationJoin.Join(o.file(), signerConfirmed ? o.fingerprint() : null,
                who.id(), joinForm.login.get(), joinForm.password.get().toCharArray(), joinForm.repeated.get().toCharArray());
        busy.set(true);
        message.set("");
        status.set(messages.get("setup.join.joining"));
        executor.submit(() -> join.join(request), person -> {
            joinForm.password.set("");
            joinForm.repeated.set("");
            done();
        }, e -> {
            busy.set(false);
            status.set("");
            message.set(Failures.describe(e, messages));
        });
    }

    /** How a person of the package is listed: name and role. */
    public String memberText(Member m) {
        return m == null ? "" : messages.get("setup.join.member", m.name(), messages.label(Role.valueOf(m.role())));
    }

    public ObservableList<Member> people() {
        return people;
    }

    public JoinForm joinForm() {
        return joinForm;
    }

    private String blankAsDash(String text) {
        return text == null || text.isBlank() ? "—" : text;
    }

    private void done() {
        busy.set(false);
        status.set("");
        navigator.home();
    }

    public ReadOnlyIntegerProperty stepProperty() {
        return step.getReadOnlyProperty();
    }

    public int stepCount() {
        return FINISH + 1;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Whether the message reports a success rather than a refusal. */
    public ReadOnlyBooleanProperty messageGoodProperty() {
        return messageGood.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public StringProperty organisationProperty() {
        return organisation;
    }

    public ReadOnlyStringProperty logoNameProperty() {
        return logoName.getReadOnlyProperty();
    }

    public ObjectProperty<byte[]> logoProperty() {
        return logo;
    }

    public StringProperty adminNameProperty() {
        return adminName;
    }

    public StringProperty adminLoginProperty() {
        return adminLogin;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public StringProperty repeatedProperty() {
        return repeated;
    }

    public ObservableList<PlaceRow> places() {
        return places;
    }

    public ObservableList<ProviderRow> providers() {
        return providers;
    }

    public ObservableList<TemplateChoice> templates() {
        return templates;
    }

    public BooleanProperty demoDataProperty() {
        return demoData;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }
}
