package com.logicheck.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.logicheck.domain.Problem;
import com.logicheck.domain.ServiceLine;
import com.logicheck.domain.org.Role;
import com.logicheck.domain.rectification.CauseCategory;
import com.logicheck.domain.rectification.OrderItem;
import com.logicheck.domain.rectification.RectificationOrder;
import com.logicheck.domain.rectification.RectificationPlan;
import com.logicheck.domain.rectification.RectificationStatus;
import com.logicheck.domain.rectification.ResponsibilityLevel;
import com.logicheck.domain.sync.LocalRecords;
import com.logicheck.domain.sync.LocalRecords.Closing;
import com.logicheck.domain.sync.LocalRecords.Signer;
import com.logicheck.domain.sync.LocalRecords.Stored;
import com.logicheck.persistence.RecordLog;
import com.logicheck.persistence.RecordStore;
import com.logicheck.persistence.SyncRecord;
import com.logicheck.sync.RecordMergeDecider.Close;
import com.logicheck.sync.RecordMergeDecider.Conflict;
import com.logicheck.sync.RecordMergeDecider.Decision;
import com.logicheck.sync.RecordMergeDecider.Issue;
import com.logicheck.sync.RecordMergeDecider.Refused;
import com.logicheck.sync.RecordMergeDecider.Reopen;
import com.logicheck.sync.RecordMergeDecider.Skip;
import com.logicheck.sync.RecordMergeDecider.Step;
import com.logicheck.sync.RecordMergeDecider.Waits;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The record merge rules of ADR 0022/0027, decided without a database: the cases {@code RecordConflictIT},
 * {@code RecordExchangeIT} and {@code TwoLaptopMonthIT} prove end to end (same record skipped, FORK, a step that
 * waits for its order, MONTH_CLOSED_TWICE, a conflict not asked again), plus the role and chain refusals.
 */
class RecordMergeDeciderTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final OffsetDateTime AT = OffsetDateTime.of(2026, 12, 3, 10, 0, 0, 0, ZoneOffset.ofHours(8));
    static final UUID WANG = UUID.randomUUID();
    static final UUID LIU = UUID.randomUUID();
    static final UUID PROVIDER = UUID.randomUUID();
    static final UUID SHEET = UUID.randomUUID();
    static final UUID ITEM = UUID.randomUUID();
    static final YearMonth MONTH = YearMonth.of(2026, 11);

    final RecordMergeDecider decider = new RecordMergeDecider(ZoneId.of("Asia/Shanghai"));
    final FakeLocal local = new FakeLocal();

    RecordMergeDeciderTest() {
        local.signers.put(WANG, new Signer(Role.INSPECTOR, null));
        local.signers.put(LIU, new Signer(Role.SUPERVISOR, null));
    }

    @Test
    void aRecordHereWithTheSameContentIsSkippedAndItsFileNotedOnlyWhenItHadNone() {
        SyncRecord r = reported(UUID.randomUUID(), UUID.randomUUID(), WANG);
        local.stored.put(r.id(), new Stored(r.contentHash(), null));
        assertThat(decider.decide(r, local)).isEqualTo(new Skip(true));
        local.stored.put(r.id(), new Stored(r.contentHash(), "abc"));
        assertThat(decider.decide(r, local)).isEqualTo(new Skip(false));
    }

    @Test
    void aRecordHereWithOtherContentIsASameIdConflictAndNotAskedAgain() {
        SyncRecord r = reported(UUID.randomUUID(), UUID.randomUUID(), WANG);
        local.stored.put(r.id(), new Stored("other", "abc"));
        assertThat(decider.decide(r, local)).isEqualTo(new Conflict("SAME_ID", r.id()));
        local.listed.add(r.id() + r.contentHash());
        assertThat(decider.decide(r, local)).as("the same record in another file").isEqualTo(new Skip(false));
    }

    @Test
    void aSignerNotKnownHereWaits() {
        SyncRecord r = reported(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        assertThat(decider.decide(r, local)).isInstanceOfSatisfying(Waits.class,
                w -> assertThat(w.reason().key()).isEqualTo("sync.record.waits.person"));
    }

    @Test
    void anIssuedOrderIsRaisedOnceItsSheetIsHereAndItsItemsAreOnNoOtherOrder() {
        SyncRecord r = issued(UUID.randomUUID(), WANG);
        assertThat(reason(decider.decide(r, local))).isEqualTo("sync.record.waits.sheet");
        local.sheets.add(SHEET);
        assertThat(reason(decider.decide(r, local))).as("an item this laptop does not know")
                .isEqualTo("sync.refused.invalid");
        local.templateItems.add(ITEM);
        Decision d = decider.decide(r, local);
        assertThat(d).isInstanceOfSatisfying(Issue.class, i -> {
            assertThat(i.order().id()).isEqualTo(r.subject());
            assertThat(i.order().status()).isEqualTo(RectificationStatus.OPEN);
            assertThat(i.order().items()).extracting(OrderItem::templateItemId).containsExactly(ITEM);
        });
        UUID other = UUID.randomUUID();
        local.holding = other;
        assertThat(decider.decide(r, local)).isEqualTo(new Conflict("ITEM_ON_TWO_ORDERS", other));
        local.orders.put(r.subject(), order(r.subject()));
        assertThat(decider.decide(r, local)).isEqualTo(new Conflict("SAME_ID", r.subject()));
    }

    @Test
    void onlyAnInspectorOrMoreIssuesAnOrder() {
        UUID contact = UUID.randomUUID();
        local.signers.put(contact, new Signer(Role.PROVIDER_CONTACT, PROVIDER));
        assertThat(reason(decider.decide(issued(UUID.randomUUID(), contact), local)))
                .isEqualTo("sync.record.refused.notAllowed.ORDER_ISSUED");
    }

    @Test
    void aStepWithoutItsOrderWaitsAndOneAfterTheHeadApplies() {
        UUID orderId = UUID.randomUUID();
        UUID issuedId = UUID.randomUUID();
        SyncRecord r = reported(orderId, issuedId, WANG);
        assertThat(reason(decider.decide(r, local))).isEqualTo("sync.record.waits.order");
        local.orders.put(orderId, order(orderId));
        assertThat(reason(decider.decide(r, local))).as("its predecessor is not here")
                .isEqualTo("sync.record.waits.step");
        local.records.add(issuedId);
        local.heads.put(orderId, issuedId);
        assertThat(decider.decide(r, local)).isInstanceOfSatisfying(Step.class, s -> {
            assertThat(s.before().status()).isEqualTo(RectificationStatus.OPEN);
            assertThat(s.next().status()).isEqualTo(RectificationStatus.REPORTED_FIXED);
            assertThat(s.next().reportNote()).isEqualTo("已清洁");
            assertThat(s.reinspection()).isNull();
        });
    }

    @Test
    void aStepThatFollowsAnEarlierStepThanTheHeadIsAFork() {
        UUID orderId = UUID.randomUUID();
        UUID issuedId = UUID.randomUUID();
        UUID ourReport = UUID.randomUUID();
        local.orders.put(orderId, order(orderId));
        local.records.add(issuedId);
        local.heads.put(orderId, ourReport);
        SyncRecord theirs = reported(orderId, issuedId, WANG);
        assertThat(decider.decide(theirs, local)).isEqualTo(new Conflict("FORK", ourReport));
        local.listed.add(theirs.id() + theirs.contentHash());
        assertThat(decider.decide(theirs, local)).as("conflicts are not asked again").isEqualTo(new Skip(false));
    }

    @Test
    void aStepAfterARejectedRecordIsAForkNotAWait() {
        UUID orderId = UUID.randomUUID();
        UUID rejected = UUID.randomUUID();
        UUID head = UUID.randomUUID();
        local.orders.put(orderId, order(orderId));
        local.heads.put(orderId, head);
        local.rejected.add(rejected);
        assertThat(decider.decide(reported(orderId, rejected, WANG), local)).isEqualTo(new Conflict("FORK", head));
    }

    @Test
    void aStepTheDomainRefusesIsRefusedWithTheDomainsReason() {
        UUID orderId = UUID.randomUUID();
        UUID issuedId = UUID.randomUUID();
        local.orders.put(orderId, order(orderId));
        local.records.add(issuedId);
        local.heads.put(orderId, issuedId);
        SyncRecord close = record(SyncRecord.Kind.ORDER_CLOSED, UUID.randomUUID(), orderId, issuedId, LIU,
                body().put("round", 1));
        assertThat(reason(decider.decide(close, local))).as("an open order cannot be closed")
                .startsWith("problem.rectification.");
        SyncRecord byInspector = record(SyncRecord.Kind.ORDER_CLOSED, UUID.randomUUID(), orderId, issuedId, WANG,
                body().put("round", 1));
        assertThat(reason(decider.decide(byInspector, local))).isEqualTo("sync.record.refused.notAllowed.ORDER_CLOSED");
        SyncRecord wrongRound = record(SyncRecord.Kind.ORDER_REPORTED, UUID.randomUUID(), orderId, issuedId, WANG,
                body().put("round", 2).put("note", "已清洁"));
        assertThat(decider.decide(wrongRound, local))
                .isEqualTo(new Refused(Problem.of("sync.refused.invalid", "round")));
    }

    @Test
    void aMonthClosedOnBothLaptopsIsAConflictAndAClosingAfterAReopenedOneApplies() {
        UUID contract = UUID.randomUUID();
        UUID scheme = UUID.randomUUID();
        SyncRecord theirs = closing(UUID.randomUUID(), null, LIU, contract, scheme);
        assertThat(reason(decider.decide(theirs, local))).isEqualTo("sync.record.waits.reference");
        local.reference = true;
        assertThat(decider.decide(theirs, local)).isInstanceOfSatisfying(Close.class, c -> {
            assertThat(c.providerId()).isEqualTo(PROVIDER);
            assertThat(c.month()).isEqualTo(MONTH);
            assertThat(c.total()).isEqualTo("95.50");
        });
        UUID ours = UUID.randomUUID();
        local.closings.add(new Closing(ours, "CLOSED", AT.minusDays(1), MONTH.atDay(1)));
        assertThat(decider.decide(theirs, local)).isEqualTo(new Conflict("MONTH_CLOSED_TWICE", ours));
        assertThat(reason(decider.decide(closing(UUID.randomUUID(), null, WANG, contract, scheme), local)))
                .isEqualTo("sync.record.refused.notAllowed.MONTH_CLOSED");

        local.closings.set(0, new Closing(ours, "REOPENED", AT.minusDays(1), MONTH.atDay(1)));
        SyncRecord again = closing(UUID.randomUUID(), ours, LIU, contract, scheme);
        assertThat(decider.decide(again, local)).isInstanceOf(Close.class);
    }

    @Test
    void aClosingThatReplacesOursAppliesOnlyOnceOursIsSuperseded() {
        UUID contract = UUID.randomUUID();
        UUID scheme = UUID.randomUUID();
        local.reference = true;
        UUID ours = UUID.randomUUID();
        local.closings.add(new Closing(ours, "CLOSED", AT.minusDays(1), MONTH.atDay(1)));
        SyncRecord theirs = closing(UUID.randomUUID(), null, LIU, contract, scheme);
        assertThatThrownBy(() -> decider.closing(theirs, Role.SUPERVISOR, true, local))
                .isInstanceOf(IllegalStateException.class);
        local.closings.set(0, new Closing(ours, RecordStore.SUPERSEDED, AT.minusDays(1), MONTH.atDay(1)));
        assertThat(decider.closing(theirs, Role.SUPERVISOR, true, local)).isInstanceOf(Close.class);
    }

    @Test
    void aReopeningNeedsItsClosingHereStillClosed() {
        UUID closingId = UUID.randomUUID();
        SyncRecord reopen = record(SyncRecord.Kind.MONTH_REOPENED, RecordLog.reopenId(closingId),
                RecordLog.monthSubject(PROVIDER, MONTH), closingId, LIU, body().put("closingId", closingId.toString())
                        .put("reason", " 补录一条投诉 ").put("providerId", PROVIDER.toString())
                        .put("month", MONTH.toString()));
        assertThat(reason(decider.decide(reopen, local))).isEqualTo("sync.record.waits.closing");
        Closing closed = new Closing(closingId, "CLOSED", AT, MONTH.atDay(1));
        local.closings.add(closed);
        assertThat(decider.decide(reopen, local)).isEqualTo(new Reopen(closed, "补录一条投诉"));
        local.closings.set(0, new Closing(closingId, "REOPENED", AT, MONTH.atDay(1)));
        assertThat(decider.decide(reopen, local)).isEqualTo(new Conflict("SAME_ID", closingId));
    }

    private static String reason(Decision d) {
        if (d instanceof Waits w) {
            return w.reason().key();
        }
        if (d instanceof Refused r) {
            return r.reason().key();
        }
        return d.toString();
    }

    private static ObjectNode body() {
        return JSON.createObjectNode();
    }

    private static SyncRecord record(SyncRecord.Kind kind, UUID id, UUID subject, UUID previous, UUID actor,
                                     ObjectNode body) {
        return new SyncRecord(kind, id, subject, previous, actor, actor.equals(LIU) ? "刘洋" : "王芳", AT, body);
    }

    private static SyncRecord reported(UUID orderId, UUID previous, UUID actor) {
        ObjectNode b = body().put("round", 1).put("note", "已清洁");
        b.putArray("photos");
        return record(SyncRecord.Kind.ORDER_REPORTED, UUID.randomUUID(), orderId, previous, actor, b);
    }

    private static SyncRecord issued(UUID orderId, UUID actor) {
        ObjectNode b = body().put("inspectionId", SHEET.toString()).put("providerId", PROVIDER.toString())
                .put("placeId", UUID.randomUUID().toString()).put("serviceLine", "ENVIRONMENT")
                .put("inspectedOn", "2026-12-03").put("level", "AREA_LEAD").putNull("repeatOf");
        ObjectNode plan = b.putObject("plan").put("responsiblePerson", "保洁主管 赵强").put("deadline", "2026-12-10")
                .put("requiredStandard", "培训后重新清洁").put("causeNote", "新员工未培训").put("steps", "");
        plan.putArray("causes").add("TRAINING");
        b.putArray("items").addObject().put("templateItemId", ITEM.toString())
                .put("templateId", UUID.randomUUID().toString()).put("itemCode", "1.1").put("content", "地面清洁")
                .put("placeId", UUID.randomUUID().toString()).put("deduction", "2").put("note", "墙角积灰");
        return record(SyncRecord.Kind.ORDER_ISSUED, UUID.randomUUID(), orderId, null, actor, b);
    }

    private static SyncRecord closing(UUID id, UUID previous, UUID actor, UUID contract, UUID scheme) {
        ObjectNode b = body().put("providerId", PROVIDER.toString()).put("month", MONTH.toString())
                .put("contractId", contract.toString()).put("schemeVersionId", scheme.toString())
                .put("total", "95.50").put("failed", false).put("provider", "保洁公司")
                .put("result", "{\"missing\":[],\"components\":[],\"warnings\":[]}");
        return record(SyncRecord.Kind.MONTH_CLOSED, id, RecordLog.monthSubject(PROVIDER, MONTH), previous, actor, b);
    }

    private static RectificationOrder order(UUID id) {
        OrderItem item = new OrderItem(ITEM, UUID.randomUUID(), "1.1", "地面清洁", UUID.randomUUID(),
                new BigDecimal("2"), "");
        RectificationPlan plan = new RectificationPlan("保洁主管 赵强", LocalDate.of(2026, 12, 10), "重新清洁",
                Set.of(CauseCategory.TRAINING), "", "");
        return RectificationOrder.raise(id, SHEET, PROVIDER, UUID.randomUUID(), ServiceLine.ENVIRONMENT,
                LocalDate.of(2026, 12, 3), List.of(item), plan, ResponsibilityLevel.AREA_LEAD, null, WANG, AT);
    }

    /** This laptop's state, held in memory. */
    static final class FakeLocal implements LocalRecords {
        final Map<UUID, Stored> stored = new HashMap<>();
        final Map<UUID, Signer> signers = new HashMap<>();
        final Map<UUID, RectificationOrder> orders = new HashMap<>();
        final Set<UUID> sheets = new HashSet<>();
        final Set<UUID> templateItems = new HashSet<>();
        final Set<UUID> records = new HashSet<>();
        final Map<UUID, UUID> heads = new HashMap<>();
        final Set<UUID> rejected = new HashSet<>();
        final Set<String> listed = new HashSet<>();
        final List<Closing> closings = new ArrayList<>();
        UUID holding;
        boolean reference;

        @Override
        public Optional<Stored> stored(UUID recordId) {
            return Optional.ofNullable(stored.get(recordId));
        }

        @Override
        public Optional<Signer> signer(UUID personId) {
            return Optional.ofNullable(signers.get(personId));
        }

        @Override
        public boolean orderExists(UUID orderId) {
            return orders.containsKey(orderId);
        }

        @Override
        public boolean sheetExists(UUID inspectionId) {
            return sheets.contains(inspectionId);
        }

        @Override
        public boolean templateItemExists(UUID templateItemId) {
            return templateItems.contains(templateItemId);
        }

        @Override
        public Optional<UUID> orderHolding(UUID inspectionId, Collection<UUID> templateItemIds) {
            return Optional.ofNullable(holding);
        }

        @Override
        public Optional<RectificationOrder> order(UUID orderId) {
            return Optional.ofNullable(orders.get(orderId));
        }

        @Override
        public boolean recordExists(UUID recordId) {
            return records.contains(recordId);
        }

        @Override
        public Optional<UUID> head(UUID orderId) {
            return Optional.ofNullable(heads.get(orderId));
        }

        @Override
        public boolean rejected(UUID recordId) {
            return rejected.contains(recordId);
        }

        @Override
        public boolean referenceHere(UUID providerId, UUID contractId, UUID schemeVersionId) {
            return reference;
        }

        @Override
        public List<Closing> closings(UUID providerId, YearMonth month) {
            return List.copyOf(closings);
        }

        @Override
        public Optional<Closing> closing(UUID closingId) {
            return closings.stream().filter(c -> c.id().equals(closingId)).findFirst();
        }

        @Override
        public boolean conflictListed(UUID recordId, String recordHash) {
            return listed.contains(recordId + recordHash);
        }
    }
}
