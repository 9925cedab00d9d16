package com.logicheck.persistence;

import static com.logicheck.persistence.jooq.Tables.CONTRACT;
import static com.logicheck.persistence.jooq.Tables.INSPECTION;
import static com.logicheck.persistence.jooq.Tables.ITEM_RESULT;
import static com.logicheck.persistence.jooq.Tables.PHOTO;
import static com.logicheck.persistence.jooq.Tables.PLACE;
import static com.logicheck.persistence.jooq.Tables.PROVIDER;
import static com.logicheck.persistence.jooq.Tables.RECTIFICATION_ITEM;
import static com.logicheck.persistence.jooq.Tables.RECTIFICATION_ORDER;

import com.logicheck.domain.DomainException;
import com.logicheck.domain.Problem;
import com.logicheck.domain.ServiceLine;
import com.logicheck.domain.org.Contract;
import com.logicheck.domain.org.ContractTerms;
import com.logicheck.domain.org.Place;
import com.logicheck.domain.org.PlaceKind;
import com.logicheck.domain.org.PlacePath;
import com.logicheck.domain.org.Provider;
import com.logicheck.persistence.jooq.tables.records.PlaceRecord;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jooq.DSLContext;

/**
 * 基础资料 after the first run: the place tree (add below, rename, deactivate and reactivate, delete only what nothing
 * references), providers and their contracts. Who may change anything (a 主管 or 管理员) is decided before, by
 * {@code ReferenceData} and the permission policy (ADR 0032); every change writes one change_log row in the same
 * transaction.
 */
public final class ReferenceEditing {
    public static final int NAME_MAX = 200;
    public static final int SHORT_MAX = 50;
    private final DSLContext dsl;
    private final ChangeLog changeLog;

    public ReferenceEditing(DSLContext dsl, ChangeLog changeLog) {
        this.dsl = dsl;
        this.changeLog = changeLog;
    }

    /** A place of the tree with its state; inactive places are hidden from new inspections. */
    public record PlaceEntry(Place place, boolean active) {
    }

    /** The change history of one place, provider or contract, oldest first. */
    public List<ChangeLog.Entry> history(String entity, UUID id) {
        return changeLog.forEntity(dsl, entity, id);
    }

    /** Every place, active or not, parents before children. */
    public List<PlaceEntry> places() {
        return dsl.selectFrom(PLACE).orderBy(PLACE.PATH).fetch(r -> new PlaceEntry(place(r), r.getActive()));
    }

    /** Adds a place below {@code parentId} (null: a new 院区); its kind is the level below the parent's. */
    public Place addPlace(UUID actorId, UUID organisationId, UUID parentId, String name) {
        return dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            PlaceRecord parent = parentId == null ? null : existing(tx, parentId);
            PlaceKind kind = parent == null ? PlaceKind.SITE : below(PlaceKind.valueOf(parent.getKind()));
            String n = placeName(name);
            String path = PlacePath.child(parent == null ? null : parent.getPath(), n);
            requireFreePath(tx, path, null);
            UUID id = UUID.randomUUID();
            int order = tx.fetchCount(PLACE, parentId == null ? PLACE.PARENT_ID.isNull() : PLACE.PARENT_ID.eq(parentId));
            tx.insertInto(PLACE).set(PLACE.ID, id).set(PLACE.ORGANISATION_ID, organisationId).set(PLACE.PARENT_ID, parentId)
                    .set(PLACE.KIND, kind.name()).set(PLACE.NAME, n).set(PLACE.PATH, path).set(PLACE.SORT_ORDER, order)
                    .execute();
            changeLog.append(tx, "place", id, null, "ADDED", Map.of("path", path, "kind", kind.name()), actorId);
            return new Place(id, parentId, kind, n, path);
        });
    }

    /** Renames a place; the paths of all places below it follow. Returns the old name. */
    public String renamePlace(UUID actorId, UUID placeId, String name) {
        return dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            PlaceRecord r = existing(tx, placeId);
            String n = placeName(name);
            String old = r.getPath();
            int cut = old.length() - r.getName().length();
            String path = old.substring(0, cut) + n;
            if (path.equals(old)) {
                return r.getName();
            }
            requireFreePath(tx, path, placeId);
            for (PlaceRecord d : subtree(tx, old)) {
                tx.update(PLACE).set(PLACE.PATH, path + d.getPath().substring(old.length())).where(PLACE.ID.eq(d.getId()))
                        .execute();
            }
            tx.update(PLACE).set(PLACE.NAME, n).where(PLACE.ID.eq(placeId)).execute();
            changeLog.append(tx, "place", placeId, null, "RENAMED", Map.of("from", r.getName(), "to", n), actorId);
            return r.getName();
        });
    }

    /** Deactivates a place and everything below it; returns the places whose state changed (for undo). */
    public List<UUID> deactivatePlace(UUID actorId, UUID placeId) {
        return dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            PlaceRecord r = existing(tx, placeId);
            List<UUID> changed = subtree(tx, r.getPath()).stream().filter(PlaceRecord::getActive).map(PlaceRecord::getId)
                    .toList();
            tx.update(PLACE).set(PLACE.ACTIVE, false).where(PLACE.ID.in(changed)).execute();
            changeLog.append(tx, "place", placeId, null, "DEACTIVATED", Map.of("path", r.getPath(), "places", changed.size()),
                    actorId);
            return changed;
        });
    }

    /** Reactivates a place and everything below it; refused while a place above it is inactive. */
    public List<UUID> activatePlace(UUID actorId, UUID placeId) {
        return dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            PlaceRecord r = existing(tx, placeId);
            if (r.getParentId() != null && !existing(tx, r.getParentId()).getActive()) {
                throw new DomainException(Problem.of("problem.refdata.parentInactive", r.getPath()));
            }
            List<UUID> changed = subtree(tx, r.getPath()).stream().filter(p -> !p.getActive()).map(PlaceRecord::getId)
                    .toList();
            return activate(tx, actorId, placeId, r.getPath(), changed);
        });
    }

    /** Undoes a deactivation: exactly these places active again. */
    public void activatePlaces(UUID actorId, Collection<UUID> placeIds) {
        dsl.transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            if (!placeIds.isEmpty()) {
                UUID first = placeIds.iterator().next();
                activate(tx, actorId, first, existing(tx, first).getPath(), List.copyOf(placeIds));
            }
        });
    }

    private List<UUID> activate(DSLContext tx, UUID actorId, UUID placeId, String path, List<UUID> ids) {
        tx.update(PLACE).set(PLACE.ACTIVE, true).where(PLACE.ID.in(ids)).execute();
        changeLog.append(tx, "place", placeId, null, "ACTIVATED", Map.of("path", path, "places", ids.size()), actorId);
        return ids;
    }

    /**
     * Deletes a place nothing refers to: no place below it, no sheet, finding, photo or rectification order. A place
     * in use is refused with the advice to deactivate it instead.
     */
    public void deletePlace(UUID actorId, UUID placeId) {
        dsl.transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            PlaceRecord r = existing(tx, placeId);
            if (tx.fetchExists(PLACE, PLACE.PARENT_ID.eq(placeId))) {
                throw new DomainException(Problem.of("problem.refdata.placeHasChildren", r.getPath()));
            }
            if (referenced(tx, placeId)) {
                throw new DomainException(Problem.of("problem.refdata.placeInUse", r.getPath()));
            }
            tx.deleteFrom(PLACE).where(PLACE.ID.eq(placeId)).execute();
            changeLog.append(tx, "place", placeId, null, "DELETED", Map.of("path", r.getPath()), actorId);
        });
    }

    /** True when a sheet, finding, photo or rectification order names the place. */
    public boolean referenced(UUID placeId) {
        return referenced(dsl, placeId);
    }

    private static boolean referenced(DSLContext tx, UUID placeId) {
        return tx.fetchExists(INSPECTION, INSPECTION.PLACE_ID.eq(placeId))
                || tx.fetchExists(ITEM_RESULT, ITEM_RESULT.PLACE_ID.eq(placeId))
                || tx.fetchExists(PHOTO, PHOTO.PLACE_ID.eq(placeId))
                || tx.fetchExists(RECTIFICATION_ORDER, RECTIFICATION_ORDER.PLACE_ID.eq(placeId))
                || tx.fetchExists(RECTIFICATION_ITEM, RECTIFICATION_ITEM.PLACE_ID.eq(placeId));
    }

    /**
     * 批量导入: adds the rows' places (levels 院区, 楼栋, 楼层, 区域; blank skipped) that are not in the tree yet, sharing
     * parents by path with the existing tree, in one transaction. Returns the places added, parents first.
     */
    public List<UUID> importPlaces(UUID actorId, UUID organisationId, List<List<String>> rows) {
        return dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            Map<String, PlaceRecord> byPath = tx.selectFrom(PLACE).fetch().stream()
                    .collect(Collectors.toMap(PlaceRecord::getPath, r -> r, (a, b) -> a, LinkedHashMap::new));
            PlaceKind[] levels = PlaceKind.values();
            List<UUID> added = new ArrayList<>();
            for (List<String> row : rows) {
                PlaceRecord parent = null;
                for (int i = 0; i < levels.length && i < row.size(); i++) {
                    String name = row.get(i) == null ? "" : row.get(i).strip();
                    if (name.isEmpty()) {
                        continue;
                    }
                    String path = PlacePath.child(parent == null ? null : parent.getPath(), name);
                    PlaceRecord r = byPath.get(path);
                    if (r == null) {
                        r = tx.newRecord(PLACE);
                        r.setId(UUID.randomUUID());
                        r.setOrganisationId(organisationId);
                        r.setParentId(parent == null ? null : parent.getId());
                        r.setKind(levels[i].name()); // the column, as in the wizard: 西院区 | | | 锅炉房 is an 区域
                        r.setName(placeName(name));
                        r.setPath(path);
                        r.setSortOrder(byPath.size());
                        r.setActive(true);
                        r.insert();
                        byPath.put(path, r);
                        added.add(r.getId());
                    }
                    parent = r;
                }
            }
            if (!added.isEmpty()) {
                changeLog.append(tx, "place", added.get(0), null, "IMPORTED", Map.of("places", added.size()), actorId);
            }
            return added;
        });
    }

    /** Undoes an import: deletes these places, children first; refused if any is in use by now. */
    public void deletePlaces(UUID actorId, List<UUID> placeIds) {
        dsl.transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            for (int i = placeIds.size() - 1; i >= 0; i--) {
                UUID id = placeIds.get(i);
                PlaceRecord r = existing(tx, id);
                if (referenced(tx, id) || tx.fetchExists(PLACE, PLACE.PARENT_ID.eq(id))) {
                    throw new DomainException(Problem.of("problem.refdata.placeInUse", r.getPath()));
                }
                tx.deleteFrom(PLACE).where(PLACE.ID.eq(id)).execute();
            }
            if (!placeIds.isEmpty()) {
                changeLog.append(tx, "place", placeIds.get(0), null, "IMPORT_UNDONE", Map.of("places", placeIds.size()),
                        actorId);
            }
        });
    }

    /** Changes a provider's name and short name (a blank short name keeps the old one); returns the provider before. */
    public Provider updateProvider(UUID actorId, UUID providerId, String name, String shortName) {
        return dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            var r = tx.selectFrom(PROVIDER).where(PROVIDER.ID.eq(providerId)).fetchOptional()
                    .orElseThrow(() -> new DomainException(Problem.of("problem.refdata.providerUnknown")));
            Provider before = new Provider(r.getId(), r.getName(), r.getShortName());
            String n = name == null ? "" : name.strip();
            String s = shortName == null || shortName.isBlank() ? r.getShortName() : shortName.strip();
            if (n.isEmpty()) {
                throw new DomainException(Problem.of("problem.refdata.providerNameEmpty"));
            }
            if (n.length() > NAME_MAX || s.length() > SHORT_MAX) {
                throw new DomainException(Problem.of("problem.refdata.providerNameLong", NAME_MAX, SHORT_MAX));
            }
            if (tx.fetchExists(PROVIDER, PROVIDER.NAME.eq(n).and(PROVIDER.ID.ne(providerId)))) {
                throw new DomainException(Problem.of("problem.refdata.providerNameTaken", n));
            }
            tx.update(PROVIDER).set(PROVIDER.NAME, n).set(PROVIDER.SHORT_NAME, s).where(PROVIDER.ID.eq(providerId)).execute();
            changeLog.append(tx, "provider", providerId, null, "UPDATED", Map.of("from", before.name(), "to", n,
                    "shortFrom", before.shortName(), "shortTo", s), actorId);
            return before;
        });
    }

    /** Adds a provider with a contract for its service lines from {@code startsOn} (fee and bond 0, to be filled in). */
    public Provider addProvider(UUID actorId, UUID organisationId, String name, String shortName, Set<ServiceLine> lines,
                                LocalDate startsOn) {
        return dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            String n = name == null ? "" : name.strip();
            if (n.isEmpty()) {
                throw new DomainException(Problem.of("problem.refdata.providerNameEmpty"));
            }
            if (tx.fetchExists(PROVIDER, PROVIDER.NAME.eq(n))) {
                throw new DomainException(Problem.of("problem.refdata.providerNameTaken", n));
            }
            UUID id = UUID.randomUUID();
            Contract c = ContractTerms.check(new Contract(UUID.randomUUID(), id, shortName + "后勤服务托管合同", lines,
                    BigDecimal.ZERO, BigDecimal.ZERO, startsOn, null));
            tx.insertInto(PROVIDER).set(PROVIDER.ID, id).set(PROVIDER.ORGANISATION_ID, organisationId).set(PROVIDER.NAME, n)
                    .set(PROVIDER.SHORT_NAME, shortName).execute();
            insertContract(tx, c);
            changeLog.append(tx, "provider", id, null, "ADDED", Map.of("name", n, "lines", lines(c)), actorId);
            return new Provider(id, n, shortName);
        });
    }

    /** Stores the contract's new terms (checked by {@link ContractTerms}); returns the contract before. */
    public Contract updateContract(UUID actorId, Contract terms) {
        Contract c = ContractTerms.check(terms);
        return dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            var r = tx.selectFrom(CONTRACT).where(CONTRACT.ID.eq(c.id())).fetchOptional()
                    .orElseThrow(() -> new DomainException(Problem.of("problem.refdata.contractUnknown")));
            Contract before = new Contract(r.getId(), r.getProviderId(), r.getTitle(), parse(r.getServiceLines()),
                    r.getMonthlyFee(), r.getPerformanceBond(), r.getStartsOn(), r.getEndsOn());
            tx.update(CONTRACT).set(CONTRACT.TITLE, c.title()).set(CONTRACT.SERVICE_LINES, lines(c))
                    .set(CONTRACT.MONTHLY_FEE, c.monthlyFee()).set(CONTRACT.PERFORMANCE_BOND, c.performanceBond())
                    .set(CONTRACT.STARTS_ON, c.startsOn()).set(CONTRACT.ENDS_ON, c.endsOn())
                    .where(CONTRACT.ID.eq(c.id())).execute();
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("title", c.title());
            detail.put("lines", lines(c));
            detail.put("fee", c.monthlyFee().toPlainString());
            detail.put("bond", c.performanceBond().toPlainString());
            detail.put("starts", c.startsOn().toString());
            detail.put("ends", c.endsOn() == null ? "" : c.endsOn().toString());
            detail.put("feeBefore", before.monthlyFee().toPlainString());
            detail.put("bondBefore", before.performanceBond().toPlainString());
            changeLog.append(tx, "contract", c.id(), null, "UPDATED", detail, actorId);
            return before;
        });
    }

    private static void insertContract(DSLContext tx, Contract c) {
        tx.insertInto(CONTRACT).set(CONTRACT.ID, c.id()).set(CONTRACT.PROVIDER_ID, c.providerId())
                .set(CONTRACT.TITLE, c.title()).set(CONTRACT.SERVICE_LINES, lines(c))
                .set(CONTRACT.MONTHLY_FEE, c.monthlyFee()).set(CONTRACT.PERFORMANCE_BOND, c.performanceBond())
                .set(CONTRACT.STARTS_ON, c.startsOn()).set(CONTRACT.ENDS_ON, c.endsOn()).execute();
    }

    private static String lines(Contract c) {
        return c.serviceLines().stream().map(ServiceLine::name).sorted().collect(Collectors.joining(","));
    }

    private static Set<ServiceLine> parse(String text) {
        Set<ServiceLine> out = EnumSet.noneOf(ServiceLine.class);
        for (String s : text.split(",")) {
            if (!s.isBlank()) {
                out.add(ServiceLine.valueOf(s.strip()));
            }
        }
        return out;
    }

    private static PlaceRecord existing(DSLContext tx, UUID id) {
        return tx.selectFrom(PLACE).where(PLACE.ID.eq(id)).fetchOptional()
                .orElseThrow(() -> new DomainException(Problem.of("problem.refdata.placeUnknown")));
    }

    /** The place at {@code path} and all places below it. */
    private static List<PlaceRecord> subtree(DSLContext tx, String path) {
        return tx.selectFrom(PLACE).where(PlaceTree.atOrBelow(path)).fetch();
    }

    private static void requireFreePath(DSLContext tx, String path, UUID except) {
        var same = PLACE.PATH.eq(path);
        if (tx.fetchExists(PLACE, except == null ? same : same.and(PLACE.ID.ne(except)))) {
            throw new DomainException(Problem.of("problem.refdata.placeExists", path));
        }
    }

    static String placeName(String name) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty()) {
            throw new DomainException(Problem.of("problem.refdata.placeNameEmpty"));
        }
        if (n.length() > NAME_MAX) {
            throw new DomainException(Problem.of("problem.refdata.placeNameLong", NAME_MAX));
        }
        if (n.contains("/")) {
            throw new DomainException(Problem.of("problem.refdata.placeNameSlash"));
        }
        return n;
    }

    private static PlaceKind below(PlaceKind kind) {
        if (kind == PlaceKind.AREA) {
            throw new DomainException(Problem.of("problem.refdata.placeTooDeep"));
        }
        return PlaceKind.values()[kind.ordinal() + 1];
    }

    private static Place place(PlaceRecord r) {
        return new Place(r.getId(), r.getParentId(), PlaceKind.valueOf(r.getKind()), r.getName(), r.getPath());
    }
}
