package com.logicheck.service;

import com.logicheck.domain.DomainException;
import com.logicheck.domain.Problem;
import com.logicheck.domain.ServiceLine;
import com.logicheck.domain.access.Permission;
import com.logicheck.domain.org.Contract;
import com.logicheck.domain.org.ContractTerms;
import com.logicheck.domain.org.Place;
import com.logicheck.domain.org.Provider;
import com.logicheck.persistence.ChangeLog;
import com.logicheck.persistence.ReferenceEditing;
import com.logicheck.persistence.ReferenceEditing.PlaceEntry;
import com.logicheck.persistence.ReferenceRepository;
import com.logicheck.persistence.SchemeRepository;
import com.logicheck.persistence.SchemeRepository.SchemeSummary;
import com.logicheck.service.ReferenceRows.PlaceLine;
import com.logicheck.service.ReferenceRows.ProviderLine;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * 基础资料: places, providers and contracts after the first run, and which 考核办法 a contract is assessed under.
 * Supervisors and administrators edit (the repositories refuse anyone else); the last edit of a person can be undone
 * ({@link #undo}) where that is natural: add, rename, deactivate, import of places; provider names; contract terms.
 */
public final class ReferenceData {
    private final ReferenceEditing editing;
    private final ReferenceRepository reference;
    private final SchemeRepository schemes;
    private final ReferenceFiles files;
    private final Clock clock;
    private final UseCases useCases;
    private final LastChange last = new LastChange("problem.refdata.nothingToUndo");

    public ReferenceData(ReferenceEditing editing, ReferenceRepository reference, SchemeRepository schemes,
                         ReferenceFiles files, Clock clock, UseCases useCases) {
        this.editing = editing;
        this.useCases = useCases;
        this.reference = reference;
        this.schemes = schemes;
        this.files = files;
        this.clock = clock;
    }

    /** A provider with its contracts (oldest first). */
    public record ProviderEntry(Provider provider, List<Contract> contracts) {
    }

    /** The change history of a "place", "provider" or "contract", oldest first. */
    public List<ChangeLog.Entry> history(String entity, UUID id) {
        return editing.history(entity, id);
    }

    public List<PlaceEntry> places() {
        return editing.places();
    }

    /** A place of the 基础资料 tree, active or deactivated. */
    public record PlaceItem(Place place, boolean active) {
    }

    /** {@link #places()} as the screens read them. */
    public List<PlaceItem> placeItems() {
        return places().stream().map(e -> new PlaceItem(e.place(), e.active())).toList();
    }

    public Place addPlace(UUID actorId, UUID parentId, String name) {
        Place p = edit(actorId, () -> editing.addPlace(actorId, organisation(), parentId, name));
        remember(actorId, Problem.of("refdata.undo.add", p.path()), a -> edit(a, () -> editing.deletePlace(a, p.id())));
        return p;
    }

    public void renamePlace(UUID actorId, UUID placeId, String name) {
        String old = edit(actorId, () -> editing.renamePlace(actorId, placeId, name));
        remember(actorId, Problem.of("refdata.undo.rename", old, name.strip()),
                a -> edit(a, () -> editing.renamePlace(a, placeId, old)));
    }

    /** Hides the place and everything below it from new inspections; returns how many places that was. */
    public int deactivatePlace(UUID actorId, Place place) {
        List<UUID> changed = edit(actorId, () -> editing.deactivatePlace(actorId, place.id()));
        remember(actorId, Problem.of("refdata.undo.deactivate", place.path()),
                a -> edit(a, () -> editing.activatePlaces(a, changed)));
        return changed.size();
    }

    public int activatePlace(UUID actorId, Place place) {
        List<UUID> changed = edit(actorId, () -> editing.activatePlace(actorId, place.id()));
        remember(actorId, Problem.of("refdata.undo.activate", place.path()),
                a -> edit(a, () -> editing.deactivatePlace(a, place.id())));
        return changed.size();
    }

    /** Deletes a place nothing refers to (not undoable: it can simply be added again). */
    public void deletePlace(UUID actorId, UUID placeId) {
        edit(actorId, () -> editing.deletePlace(actorId, placeId));
        forget();
    }

    /** 批量导入 from the wizard's place file (.xlsx or .csv); returns how many places were new. */
    public int importPlaces(UUID actorId, Path file) {
        List<PlaceLine> lines = files.readPlaces(file);
        List<UUID> added = edit(actorId, () -> editing.importPlaces(actorId, organisation(),
                lines.stream().map(PlaceLine::levels).toList()));
        if (!added.isEmpty()) {
            remember(actorId, Problem.of("refdata.undo.import", added.size()),
                    a -> edit(a, () -> editing.deletePlaces(a, added)));
        }
        return added.size();
    }

    public List<ProviderEntry> providers() {
        return reference.providers().stream().map(p -> new ProviderEntry(p, schemes.contracts(p.id()))).toList();
    }

    public void renameProvider(UUID actorId, UUID providerId, String name, String shortName) {
        Provider before = edit(actorId, () -> editing.updateProvider(actorId, providerId, name, shortName));
        remember(actorId, Problem.of("refdata.undo.provider", before.name()),
                a -> edit(a, () -> editing.updateProvider(a, providerId, before.name(), before.shortName())));
    }

    /** A new provider with a contract from the first of this month; {@code linesText} as in the wizard: 保洁、安保. */
    public Provider addProvider(UUID actorId, String name, String shortName, String linesText) {
        List<ProviderLine> checked = ReferenceRows.checkProviders(
                List.<String[]>of(new String[] {name, shortName, linesText}), 1);
        if (checked.isEmpty()) {
            throw new DomainException(Problem.of("problem.refdata.providerNameEmpty"));
        }
        ProviderLine p = checked.get(0);
        Provider added = edit(actorId, () -> editing.addProvider(actorId, organisation(), p.name(), p.shortName(),
                p.lines(), LocalDate.now(clock).withDayOfMonth(1)));
        forget();
        return added;
    }

    /** 批量导入 from the wizard's provider file: adds the providers whose name is new; returns how many. */
    public int importProviders(UUID actorId, Path file) {
        List<ProviderLine> lines = files.readProviders(file);
        int added = edit(actorId, () -> {
            Set<String> known = new HashSet<>(reference.providers().stream().map(Provider::name).toList());
            int n = 0;
            for (ProviderLine p : lines) {
                if (known.add(p.name())) {
                    editing.addProvider(actorId, organisation(), p.name(), p.shortName(), p.lines(),
                            LocalDate.now(clock).withDayOfMonth(1));
                    n++;
                }
            }
            return n;
        });
        forget();
        return added;
    }

    /** The terms as typed; every problem (both amounts, the dates, the lines) is reported at once. */
    public record ContractForm(UUID contractId, UUID providerId, String title, Set<ServiceLine> lines, String fee,
                               String bond, LocalDate startsOn, LocalDate endsOn) {
    }

    public void saveContract(UUID actorId, ContractForm f) {
        List<Problem> problems = new ArrayList<>();
        BigDecimal fee = amount(f.fee(), ContractTerms.Amount.FEE, problems);
        BigDecimal bond = amount(f.bond(), ContractTerms.Amount.BOND, problems);
        Contract c = new Contract(f.contractId(), f.providerId(), f.title(), f.lines(), fee == null ? BigDecimal.ZERO : fee,
                bond == null ? BigDecimal.ZERO : bond, f.startsOn(), f.endsOn());
        try {
            ContractTerms.check(c);
        } catch (DomainException e) {
            problems.addAll(e.problems());
        }
        if (!problems.isEmpty()) {
            throw new DomainException(problems);
        }
        Contract before = edit(actorId, () -> editing.updateContract(actorId, c));
        remember(actorId, Problem.of("refdata.undo.contract", before.title()),
                a -> edit(a, () -> editing.updateContract(a, before)));
    }

    private static BigDecimal amount(String text, ContractTerms.Amount which, List<Problem> problems) {
        try {
            return ContractTerms.amount(text, which);
        } catch (DomainException e) {
            problems.addAll(e.problems());
            return null;
        }
    }

    /** The newest version of each stored 考核办法, by code. */
    public List<SchemeSummary> schemes() {
        Map<String, SchemeSummary> newest = new LinkedHashMap<>();
        for (SchemeSummary s : schemes.all()) {
            newest.merge(s.code(), s, (a, b) -> a.version() >= b.version() ? a : b);
        }
        return List.copyOf(newest.values());
    }

    /** The newest version of a 考核办法, as the contract form offers it. */
    public record SchemeChoice(UUID versionId, String code, int version, String title, boolean builtIn) {
    }

    /** {@link #schemes()} as the screens read them. */
    public List<SchemeChoice> schemeChoices() {
        return schemes().stream().map(s -> new SchemeChoice(s.versionId(), s.code(), s.version(), s.title(),
                s.builtIn())).toList();
    }

    /** The scheme version the contract is assessed under in that month, if any. */
    public Optional<UUID> schemeFor(UUID contractId, YearMonth month) {
        return schemes.schemeFor(contractId, month);
    }

    /** Assesses the contract under the scheme from {@code from} on (主管 or 管理员; refused for anyone else). */
    public void attachScheme(UUID actorId, UUID contractId, UUID schemeVersionId, YearMonth from) {
        useCases.run(actorId, Permission.ATTACH_SCHEME,
                () -> schemes.attach(contractId, schemeVersionId, from, actorId));
        forget();
    }

    /** What {@link #undo} would undo for this person, if anything. */
    public Optional<Problem> undoable(UUID actorId) {
        return last.undoable(actorId);
    }

    /** Undoes this person's last edit; returns what was undone. */
    public Problem undo(UUID actorId) {
        return last.undo(actorId);
    }

    /** One edit of the reference data: one unit of work, after the policy allowed it (ADR 0032). */
    private <T> T edit(UUID actorId, Supplier<T> work) {
        return useCases.call(actorId, Permission.EDIT_REFERENCE_DATA, actor -> work.get());
    }

    private void edit(UUID actorId, Runnable work) {
        useCases.run(actorId, Permission.EDIT_REFERENCE_DATA, work);
    }

    private void remember(UUID actorId, Problem what, Consumer<UUID> inverse) {
        last.remember(actorId, what, inverse);
    }

    private void forget() {
        last.forget();
    }

    private UUID organisation() {
        return reference.organisation().map(ReferenceRepository.Organisation::id)
                .orElseThrow(() -> new DomainException(Problem.of("problem.refdata.noOrganisation")));
    }
}
