package com.logicheck.persistence;

import static com.logicheck.persistence.jooq.Tables.CHECKLIST_TEMPLATE;
import static com.logicheck.persistence.jooq.Tables.CONTRACT;
import static com.logicheck.persistence.jooq.Tables.ORGANISATION;
import static com.logicheck.persistence.jooq.Tables.PERSON;
import static com.logicheck.persistence.jooq.Tables.PLACE;
import static com.logicheck.persistence.jooq.Tables.PROVIDER;

import com.logicheck.domain.DomainException;
import com.logicheck.domain.Problem;
import com.logicheck.domain.ServiceLine;
import com.logicheck.domain.org.Person;
import com.logicheck.domain.org.PlaceKind;
import com.logicheck.domain.org.PlacePath;
import com.logicheck.domain.org.Role;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jooq.DSLContext;

/**
 * 首次设置: writes what the first-run wizard gathered — organisation, first 管理员, place tree, providers with a
 * contract for their service lines, which templates are in use — in ONE transaction, only into an empty data folder.
 */
public final class SetupRepository {
    private static final PlaceKind[] LEVELS = {PlaceKind.SITE, PlaceKind.BUILDING, PlaceKind.FLOOR, PlaceKind.AREA};
    private final DSLContext dsl;
    private final Clock clock;
    private final ChangeLog changeLog;

    public SetupRepository(DSLContext dsl, Clock clock, ChangeLog changeLog) {
        this.dsl = dsl;
        this.clock = clock;
        this.changeLog = changeLog;
    }

    /** A provider and the service lines of its contract. */
    public record NewProvider(String name, String shortName, Set<ServiceLine> lines) {
    }

    /** Everything the wizard writes; {@code places}: each a list of 4 levels (院区, 楼栋, 楼层, 区域), blank = skipped. */
    public record Setup(String organisation, String logoPath, String adminName, String adminLogin, String adminHash,
                        List<List<String>> places, List<NewProvider> providers, Set<String> disabledTemplateCodes) {
    }

    /** True for a data folder nobody has set up: no organisation and no account. */
    public boolean needed() {
        return !dsl.fetchExists(ORGANISATION) && !dsl.fetchExists(PERSON, PERSON.PASSWORD_HASH.isNotNull());
    }

    public Person apply(Setup s) {
        return dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            if (tx.fetchExists(ORGANISATION) || tx.fetchExists(PERSON, PERSON.PASSWORD_HASH.isNotNull())) {
                throw new DomainException(Problem.of("problem.setup.alreadyDone"));
            }
            OffsetDateTime now = OffsetDateTime.now(clock);
            UUID org = UUID.randomUUID();
            tx.insertInto(ORGANISATION).set(ORGANISATION.ID, org).set(ORGANISATION.NAME, s.organisation())
                    .set(ORGANISATION.LOGO_PATH, s.logoPath()).set(ORGANISATION.CREATED_AT, now).execute();
            UUID admin = UUID.randomUUID();
            tx.insertInto(PERSON).set(PERSON.ID, admin).set(PERSON.ORGANISATION_ID, org).set(PERSON.NAME, s.adminName())
                    .set(PERSON.ROLE, Role.ADMIN.name()).set(PERSON.LOGIN, s.adminLogin())
                    .set(PERSON.PASSWORD_HASH, s.adminHash()).execute();
            changeLog.append(tx, "account", admin, null, "CREATED", Map.of("login", s.adminLogin(), "role", "ADMIN"), admin);
            places(tx, org, s.places());
            LocalDate start = LocalDate.now(clock).withDayOfMonth(1);
            int order = 0;
            for (NewProvider p : s.providers()) {
                UUID id = UUID.randomUUID();
                tx.insertInto(PROVIDER).set(PROVIDER.ID, id).set(PROVIDER.ORGANISATION_ID, org).set(PROVIDER.NAME, p.name())
                        .set(PROVIDER.SHORT_NAME, p.shortName()).execute();
                tx.insertInto(CONTRACT).set(CONTRACT.ID, UUID.randomUUID()).set(CONTRACT.PROVIDER_ID, id)
                        .set(CONTRACT.TITLE, p.shortName() + "后勤服务托管合同")
                        .set(CONTRACT.SERVICE_LINES, p.lines().stream().map(ServiceLine::name).sorted()
                                .collect(Collectors.joining(",")))
                        .set(CONTRACT.MONTHLY_FEE, BigDecimal.ZERO.setScale(2))
                        .set(CONTRACT.PERFORMANCE_BOND, BigDecimal.ZERO.setScale(2)).set(CONTRACT.STARTS_ON, start)
                        .execute();
                order++;
            }
            if (!s.disabledTemplateCodes().isEmpty()) {
                tx.update(CHECKLIST_TEMPLATE).set(CHECKLIST_TEMPLATE.ENABLED, false)
                        .where(CHECKLIST_TEMPLATE.CODE.in(s.disabledTemplateCodes())).execute();
            }
            changeLog.append(tx, "organisation", org, null, "SET_UP",
                    Map.of("name", s.organisation(), "places", s.places().size(), "providers", order), admin);
            return new Person(admin, s.adminName(), Role.ADMIN, null);
        });
    }

    /** The tree: each row's levels, parents shared by path, so 东院区 / 门诊楼 is made once for all its floors. */
    private static void places(DSLContext tx, UUID org, List<List<String>> rows) {
        Map<String, UUID> byPath = new HashMap<>();
        int order = 0;
        for (List<String> levels : rows) {
            UUID parent = null;
            String path = null;
            for (int i = 0; i < LEVELS.length && i < levels.size(); i++) {
                String name = levels.get(i);
                if (name == null || name.isBlank()) {
                    continue;
                }
                path = PlacePath.child(path, name);
                UUID id = byPath.get(path);
                if (id == null) {
                    id = UUID.randomUUID();
                    tx.insertInto(PLACE).set(PLACE.ID, id).set(PLACE.ORGANISATION_ID, org).set(PLACE.PARENT_ID, parent)
                            .set(PLACE.KIND, LEVELS[i].name()).set(PLACE.NAME, name).set(PLACE.PATH, path)
                            .set(PLACE.SORT_ORDER, order++).execute();
                    byPath.put(path, id);
                }
                parent = id;
            }
        }
    }
}
