package com.logicheck.ui.refdata;

import com.logicheck.domain.DomainException;
import com.logicheck.domain.Problem;
import com.logicheck.domain.ServiceLine;
import com.logicheck.domain.org.Contract;
import com.logicheck.service.ReferenceData.ContractForm;
import com.logicheck.service.ReferenceData.ProviderEntry;
import com.logicheck.service.ReferenceData.SchemeChoice;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The 服务企业与合同 tab: the providers; the selected one's names; its contract's terms (title, service lines, dates,
 * 月管理费 and 履约保证金 as typed, checked by the service with every problem at once); which 考核办法 the contract is
 * assessed under from which month; adding a provider, or importing the wizard's provider file.
 */
public final class ProvidersViewModel {
    private final RefDataStatus status;
    private final YearMonth thisMonth;
    private final ObservableList<ProviderEntry> providers = FXCollections.observableArrayList();
    private final ObjectProperty<ProviderEntry> selected = new SimpleObjectProperty<>();
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty shortName = new SimpleStringProperty("");
    private final ObservableList<Contract> contracts = FXCollections.observableArrayList();
    private final ObjectProperty<Contract> contract = new SimpleObjectProperty<>();
    private final StringProperty title = new SimpleStringProperty("");
    private final Map<ServiceLine, BooleanProperty> lines = new EnumMap<>(ServiceLine.class);
    private final ObjectProperty<LocalDate> startsOn = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> endsOn = new SimpleObjectProperty<>();
    private final StringProperty fee = new SimpleStringProperty("");
    private final StringProperty bond = new SimpleStringProperty("");
    private final ObservableList<SchemeChoice> schemes = FXCollections.observableArrayList();
    private final ObjectProperty<SchemeChoice> scheme = new SimpleObjectProperty<>();
    private final StringProperty fromMonth = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper schemeText = new ReadOnlyStringWrapper("");
    private final StringProperty newName = new SimpleStringProperty("");
    private final StringProperty newShort = new SimpleStringProperty("");
    private final StringProperty newLines = new SimpleStringProperty("");

    public ProvidersViewModel(RefDataStatus status, YearMonth thisMonth) {
        this.status = status;
        this.thisMonth = thisMonth;
        for (ServiceLine l : ServiceLine.values()) {
            lines.put(l, new SimpleBooleanProperty(false));
        }
        fromMonth.set(thisMonth.toString());
        selected.addListener((o, a, p) -> {
            name.set(p == null ? "" : p.provider().name());
            shortName.set(p == null ? "" : p.provider().shortName());
            contracts.setAll(p == null ? List.of() : p.contracts());
            contract.set(contracts.isEmpty() ? null : contracts.get(contracts.size() - 1));
        });
        contract.addListener((o, a, c) -> show(c));
        status.onRefresh(this::refresh);
    }

    private record Loaded(List<ProviderEntry> providers, List<SchemeChoice> schemes) {
    }

    public void refresh() {
        status.load(() -> new Loaded(status.data().providers(), status.data().schemeChoices()), loaded -> {
            UUID keep = selected.get() == null ? null : selected.get().provider().id();
            UUID keepContract = contract.get() == null ? null : contract.get().id();
            schemes.setAll(loaded.schemes());
            providers.setAll(loaded.providers());
            ProviderEntry again = providers.stream().filter(p -> p.provider().id().equals(keep)).findFirst()
                    .orElse(providers.isEmpty() ? null : providers.get(0));
            selected.set(null);
            selected.set(again);
            contracts.stream().filter(c -> c.id().equals(keepContract)).findFirst().ifPresent(contract::set);
        });
    }

    private void show(Contract c) {
        title.set(c == null ? "" : c.title());
        lines.forEach((l, p) -> p.set(c != null && c.serviceLines().contains(l)));
        startsOn.set(c == null ? null : c.startsOn());
        endsOn.set(c == null ? null : c.endsOn());
        fee.set(c == null ? "" : c.monthlyFee().toPlainString());
        bond.set(c == null ? "" : c.performanceBond().toPlainString());
        schemeText.set("");
        if (c != null) {
            status.load(() -> status.data().schemeFor(c.id(), thisMonth), id -> showScheme(c, id));
        }
    }

    private void showScheme(Contract c, Optional<UUID> versionId) {
        Optional<SchemeChoice> s = versionId.flatMap(id -> schemes.stream().filter(x -> x.versionId().equals(id))
                .findFirst());
        schemeText.set(versionId.isEmpty() ? status.messages().get("refdata.scheme.noneYet", thisMonth.toString())
                : status.messages().get("refdata.scheme.current", thisMonth.toString(),
                s.map(SchemeChoice::title).orElse("")));
        scheme.set(s.orElse(null));
    }

    public void saveProvider() {
        ProviderEntry p = selected.get();
        String n = name.get();
        String s = shortName.get();
        if (p != null) {
            status.run(() -> {
                status.data().renameProvider(status.actorId(), p.provider().id(), n, s);
                return status.messages().get("refdata.providers.saved", n.strip());
            }, () -> { });
        }
    }

    public void saveContract() {
        Contract c = contract.get();
        if (c == null) {
            return;
        }
        Set<ServiceLine> chosen = EnumSet.noneOf(ServiceLine.class);
        lines.forEach((l, p) -> {
            if (p.get()) {
                chosen.add(l);
            }
        });
        ContractForm form = new ContractForm(c.id(), c.providerId(), title.get(), chosen, fee.get(), bond.get(),
                startsOn.get(), endsOn.get());
        status.run(() -> {
            status.data().saveContract(status.actorId(), form);
            return status.messages().get("refdata.contract.saved", form.title().strip());
        }, () -> { });
    }

    public void attachScheme() {
        Contract c = contract.get();
        SchemeChoice s = scheme.get();
        String month = fromMonth.get() == null ? "" : fromMonth.get().strip();
        if (c == null) {
            return;
        }
        status.run(() -> {
            if (s == null) {
                throw new DomainException(Problem.of("problem.refdata.schemeMissing"));
            }
            YearMonth from;
            try {
                from = YearMonth.parse(month);
            } catch (DateTimeParseException e) {
                throw new DomainException(Problem.of("problem.refdata.monthFormat"));
            }
            status.data().attachScheme(status.actorId(), c.id(), s.versionId(), from);
            return status.messages().get("refdata.scheme.attached", c.title(), from.toString(), s.title());
        }, () -> { });
    }

    public void add() {
        String n = newName.get();
        String s = newShort.get();
        String l = newLines.get();
        status.run(() -> status.messages().get("refdata.providers.added",
                status.data().addProvider(status.actorId(), n, s, l).name()), () -> {
                    newName.set("");
                    newShort.set("");
                    newLines.set("");
                });
    }

    public void importFile(Path file) {
        status.run(() -> status.messages().get("refdata.providers.imported",
                status.data().importProviders(status.actorId(), file)), () -> { });
    }

    public ObservableList<ProviderEntry> providers() {
        return providers;
    }

    public ObjectProperty<ProviderEntry> selectedProperty() {
        return selected;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty shortNameProperty() {
        return shortName;
    }

    public ObservableList<Contract> contracts() {
        return contracts;
    }

    public ObjectProperty<Contract> contractProperty() {
        return contract;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public BooleanProperty lineProperty(ServiceLine line) {
        return lines.get(line);
    }

    public ObjectProperty<LocalDate> startsOnProperty() {
        return startsOn;
    }

    public ObjectProperty<LocalDate> endsOnProperty() {
        return endsOn;
    }

    public StringProperty feeProperty() {
        return fee;
    }

    public StringProperty bondProperty() {
        return bond;
    }

    public ObservableList<SchemeChoice> schemes() {
        return schemes;
    }

    public ObjectProperty<SchemeChoice> schemeProperty() {
        return scheme;
    }

    public StringProperty fromMonthProperty() {
        return fromMonth;
    }

    public ReadOnlyStringProperty schemeTextProperty() {
        return schemeText.getReadOnlyProperty();
    }

    public StringProperty newNameProperty() {
        return newName;
    }

    public StringProperty newShortProperty() {
        return newShort;
    }

    public StringProperty newLinesProperty() {
        return newLines;
    }
}
