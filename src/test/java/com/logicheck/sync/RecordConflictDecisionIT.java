package com.logicheck.sync;

import static com.logicheck.sync.RecordExchangeIT.PASSWORD;
import static com.logicheck.sync.RecordExchangeIT.person;
import static com.logicheck.sync.RecordExchangeIT.trustAll;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.logicheck.app.AppContext;
import com.logicheck.app.TestContexts;
import com.logicheck.domain.DomainException;
import com.logicheck.domain.org.Person;
import com.logicheck.domain.rectification.CauseCategory;
import com.logicheck.domain.rectification.RectificationOrder;
import com.logicheck.domain.rectification.Verdict;
import com.logicheck.domain.sync.RecordConflictDecision.Resolution;
import com.logicheck.i18n.Messages;
import com.logicheck.persistence.ChangeLog;
import com.logicheck.service.RectificationService;
import com.logicheck.service.SigningFiles;
import com.logicheck.suites.DatabaseTest;
import com.logicheck.suites.MigratedTemplate;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A person decides the conflicts between two laptops' signed records (ADR 0027), on two real data folders: keep ours
 * (the incoming record stays, rejected, with the reason) for every kind; take theirs for another laptop's closing of
 * the month (ours superseded); an inspector and a missing reason are refused with a clear message and nothing
 * changes; a decided conflict does not come back when the folder is imported again, and a later step on the
 * rejected branch is a conflict, not a step that waits forever.
 */
@DatabaseTest
class RecordConflictDecisionIT {
    private static final Messages ZH = Messages.forLanguage("zh");
    @TempDir
    Path dir;

    /** Laptop A with the demo month, and laptop B that imported A's sheets, reference data and first order. */
    private record Pair(AppContext a, AppContext b, RecordExchangeIT.World w, RectificationOrder first,
                        List<String> codes, Path folder) {
    }

    /** {@code a} is open on {@code laptopA}, {@code b} on a fresh folder. */
    private Pair pair(AppContext a, AppContext b, SignedDemoLaptop.Copy<SignedDemoLaptop.FirstOrder> laptopA) {
        Path folder = dir.resolve("folder");
        RecordExchangeIT.World w = laptopA.facts().world();
        List<String> codes = laptopA.facts().codes();
        assertThat(codes).hasSizeGreaterThan(1);
        RectificationOrder first = laptopA.facts().first();
        a.sync().referenceExporter().export(folder, w.supervisor(), PASSWORD, w.supervisor().id());
        a.sync().exporter().export(folder);
        a.sync().recordExporter().export(folder, w.inspector(), PASSWORD);
        trustAll(b, a);
        assertThat(b.sync().importer().importFolder(folder, null, r -> { }).needingAttention()).isEmpty();
        return new Pair(a, b, w, first, codes, folder);
    }

    @Test
    void conflictingStepsOfOrdersCanOnlyKeepOursWithAReasonAndTheRejectedBranchStaysRejected() {
        SignedDemoLaptop.Copy<SignedDemoLaptop.FirstOrder> laptopA = SignedDemoLaptop.firstOrder(dir.resolve("a"));
        try (AppContext a = TestContexts.open(laptopA.dataDir(), laptopA.clock());
                AppContext b = TestContexts.open(MigratedTemplate.into(dir.resolve("b")), laptopA.clock())) {
            Pair p = pair(a, b, laptopA);
            Person wangOnA = person(a, "王芳");
            Person liOnB = person(b, "李娜");
            a.rectification().steps().reportFixed(p.first().id(), "A：已清洁", List.of(), wangOnA.id());
            b.rectification().steps().reportFixed(p.first().id(), "B：已清洁并消毒", List.of(), liOnB.id());
            RectificationOrder onA = raise(a, p.w(), p.codes().get(1));
            RectificationOrder onB = raise(b, p.w(), p.codes().get(1)); // the same deduction, issued on both
            b.sync().recordExporter().export(p.folder(), liOnB, PASSWORD);
            b.sync().recordExporter().export(p.folder(), p.w().inspector(), PASSWORD);
            trustAll(a, b);
            a.sync().importer().importFolder(p.folder(), p.w().supervisor().id(), r -> { });

            RecordConflicts conflicts = a.sync().conflicts().records();
            List<RecordConflicts.Entry> open = conflicts.open();
            assertThat(open).extracting(RecordConflicts.Entry::kind)
                    .containsExactlyInAnyOrder("FORK", "ITEM_ON_TWO_ORDERS");
            RecordConflicts.Entry fork = open.stream().filter(e -> e.kind().equals("FORK")).findFirst().orElseThrow();
            assertThat(words(fork.local())).contains("A：已清洁", "王芳", "报告整改完成", fork.local().facts().get(1).value())
                    .doesNotContain("B：已清洁并消毒");
            assertThat(words(fork.incoming())).contains("B：已清洁并消毒", "李娜", p.first().id().toString().substring(0, 8));
            assertThat(fork.local().facts().get(1).value()).as("provider in words").isNotBlank();
            assertThat(fork.mayTakeIncoming()).isFalse();
            RecordConflicts.Entry twice = open.stream().filter(e -> e.kind().equals("ITEM_ON_TWO_ORDERS")).findFirst()
                    .orElseThrow();
            assertThat(words(twice.local())).contains(onA.id().toString().substring(0, 8), p.codes().get(1));
            assertThat(words(twice.incoming())).contains(onB.id().toString().substring(0, 8), p.codes().get(1));

            var counts = a.core().recordLog().counts();
            Person zhang = person(a, "张伟");
            assertRefused(() -> conflicts.keepLocal(fork.conflictId(), "我来处理", zhang.id()), "只有主管或管理员");
            assertRefused(() -> conflicts.keepLocal(fork.conflictId(), "  ", p.w().supervisor().id()), "请填写理由");
            assertRefused(() -> conflicts.takeIncoming(fork.conflictId(), "以对方为准", p.w().supervisor().id()),
                    "只能保留本机");
            assertRefused(() -> conflicts.takeIncoming(twice.conflictId(), "以对方为准", p.w().supervisor().id()),
                    "只能保留本机");
            assertThat(a.core().recordLog().counts()).as("refusals change nothing").isEqualTo(counts);
            assertThat(conflicts.open()).hasSize(2);

            conflicts.keepLocal(fork.conflictId(), "本机的报告已现场核实", p.w().supervisor().id());
            conflicts.keepLocal(twice.conflictId(), "本机已下发同一扣分项的整改通知单", p.w().supervisor().id());
            assertThat(conflicts.open()).isEmpty();
            assertThat(a.core().recordLog().openConflicts()).isEmpty();
            assertThat(a.rectification().service().orders().find(p.first().id()).orElseThrow().reportNote())
                    .isEqualTo("A：已清洁");
            assertThat(a.rectification().service().orders().find(onB.id())).as("B's order is not taken").isEmpty();
            assertThat(conflicts.decision(fork.conflictId())).hasValueSatisfying(d -> {
                assertThat(d.resolution()).isEqualTo(Resolution.KEPT_LOCAL);
                assertThat(d.reason()).isEqualTo("本机的报告已现场核实");
                assertThat(d.by()).isEqualTo(p.w().supervisor().id());
            });
            assertThat(conflicts.history("sync_record_conflict", fork.conflictId())).singleElement().satisfies(h -> {
                assertThat(h.action()).isEqualTo("CONFLICT_KEPT_LOCAL");
                assertThat(h.detail()).contains("本机的报告已现场核实", "FORK");
                assertThat(h.actorId()).isEqualTo(p.w().supervisor().id());
            });
            assertRefused(() -> conflicts.keepLocal(fork.conflictId(), "再来一次", p.w().supervisor().id()), "已被处理");

            var after = a.core().recordLog().counts();
            ImportReport again = a.sync().importer().importFolder(p.folder(), p.w().supervisor().id(), r -> { });
            assertThat(again.count(ImportReport.Kind.CONFLICT)).isZero();
            assertThat(a.core().recordLog().counts()).as("re-import changes nothing").isEqualTo(after);
            assertThat(conflicts.open()).isEmpty();

            // B goes on along its rejected branch: a re-inspection that follows B's report is a conflict too
            b.rectification().steps().reinspect(p.first().id(), Verdict.PASSED, "合格", null, List.of(),
                    person(b, "刘洋").id());
            b.sync().recordExporter().export(p.folder(), person(b, "刘洋"), PASSWORD);
            trustAll(a, b);
            ImportReport next = a.sync().importer().importFolder(p.folder(), p.w().supervisor().id(), r -> { });
            assertThat(next.needingAttention()).extracting(ImportReport.FileResult::reason)
                    .contains("sync.record.conflict.FORK").doesNotContain("sync.record.waits.step");
            assertThat(conflicts.open()).singleElement().satisfies(e -> assertThat(e.recordKind())
                    .isEqualTo("ORDER_REINSPECTED"));
        }
    }

    @Test
    void theOtherLaptopsClosingOfTheMonthReplacesOursWhichStaysSuperseded() throws Exception {
        SignedDemoLaptop.Copy<SignedDemoLaptop.FirstOrder> laptopA = SignedDemoLaptop.firstOrder(dir.resolve("a"));
        try (AppContext a = TestContexts.open(laptopA.dataDir(), laptopA.clock());
                AppContext b = TestContexts.open(MigratedTemplate.into(dir.resolve("b")), laptopA.clock())) {
            Pair p = pair(a, b, laptopA);
            UUID provider = p.w().provider();
            // B closes first: our (later) closing must not stand in the way of B's closings after it is superseded
            b.assessment().service().close(provider, p.w().month(), true, "本月未完，同步测试提前关闭", p.w().supervisor().id());
            a.assessment().service().close(provider, p.w().month(), true, "本月未完，同步测试提前关闭", p.w().supervisor().id());
            UUID ours = a.assessment().service().closings(provider, p.w().month()).get(0).id();
            UUID theirs = b.assessment().service().closings(provider, p.w().month()).get(0).id();
            b.sync().recordExporter().export(p.folder(), p.w().supervisor(), PASSWORD);
            trustAll(a, b);
            a.sync().importer().importFolder(p.folder(), p.w().supervisor().id(), r -> { });
            RecordConflicts conflicts = a.sync().conflicts().records();
            RecordConflicts.Entry e = conflicts.open().stream().filter(c -> c.kind().equals("MONTH_CLOSED_TWICE"))
                    .findFirst().orElseThrow();
            assertThat(e.mayTakeIncoming()).isTrue();
            assertThat(words(e.local())).contains("刘洋", p.w().month().toString(), "总分", "等级", "奖惩");
            assertThat(words(e.incoming())).contains("刘洋", p.w().month().toString(), "总分");

            String closingsBefore = a.assessment().service().closings(provider, p.w().month()).toString();
            var counts = a.core().recordLog().counts();
            assertRefused(() -> conflicts.takeIncoming(e.conflictId(), "以主管电脑为准", person(a, "张伟").id()),
                    "只有主管或管理员");
            assertRefused(() -> conflicts.takeIncoming(e.conflictId(), "", p.w().supervisor().id()), "请填写理由");
            assertThat(a.assessment().service().closings(provider, p.w().month()).toString()).isEqualTo(closingsBefore);
            assertThat(a.core().recordLog().counts()).isEqualTo(counts);

            conflicts.takeIncoming(e.conflictId(), "以院区主管电脑上的关闭为准", p.w().supervisor().id());
            var closings = a.assessment().service().closings(provider, p.w().month());
            assertThat(closings).extracting(c -> c.id() + " " + c.status())
                    .containsExactlyInAnyOrder(ours + " SUPERSEDED", theirs + " CLOSED");
            assertThat(a.assessment().service().assess(provider, p.w().month()).closed()).hasValueSatisfying(c ->
                    assertThat(c.id()).isEqualTo(theirs));
            assertThat(conflicts.open()).isEmpty();
            assertThat(conflicts.history("assessment_month", ours)).extracting(ChangeLog.Entry::action)
                    .containsExactly("CLOSED", "SUPERSEDED");
            assertThat(conflicts.history("assessment_month", ours).get(1).detail()).contains("以院区主管电脑上的关闭为准");
            assertThat(conflicts.history("assessment_month", theirs)).extracting(ChangeLog.Entry::action)
                    .containsExactly("CLOSED");
            assertThat(conflicts.history("sync_record_conflict", e.conflictId())).extracting(ChangeLog.Entry::action)
                    .containsExactly("CONFLICT_TOOK_INCOMING");
            assertThat(a.core().recordLog().find(theirs)).hasValueSatisfying(s -> assertThat(s.signed()).isTrue());
            assertThat(a.core().recordLog().find(ours)).as("ours stays in the log").isPresent();
            assertThat(Files.exists(new SigningFiles(a.dataDirectory().signedSheets(),
                    a.dataDirectory().keys()).recordPdf(theirs))).isTrue();

            var after = a.core().recordLog().counts();
            String state = a.assessment().service().closings(provider, p.w().month()).toString();
            ImportReport again = a.sync().importer().importFolder(p.folder(), p.w().supervisor().id(), r -> { });
            assertThat(again.count(ImportReport.Kind.CONFLICT)).isZero();
            assertThat(a.core().recordLog().counts()).isEqualTo(after);
            assertThat(a.assessment().service().closings(provider, p.w().month()).toString()).isEqualTo(state);

            // B receives A's closing, keeps its own: both laptops now hold B's closing as the month's result
            a.sync().recordExporter().export(p.folder(), p.w().supervisor(), PASSWORD);
            trustAll(b, a);
            b.sync().importer().importFolder(p.folder(), p.w().supervisor().id(), r -> { });
            RecordConflicts onB = b.sync().conflicts().records();
            RecordConflicts.Entry mirror = onB.open().stream().filter(c -> c.kind().equals("MONTH_CLOSED_TWICE"))
                    .findFirst().orElseThrow();
            onB.keepLocal(mirror.conflictId(), "本机的关闭在先", p.w().supervisor().id());
            assertThat(b.assessment().service().assess(provider, p.w().month()).closed()).hasValueSatisfying(c ->
                    assertThat(c.id()).isEqualTo(theirs));

            // B reopens and closes again: A follows, its superseded closing is no obstacle
            b.assessment().service().reopen(provider, p.w().month(), "补录投诉", p.w().supervisor().id());
            b.assessment().service().close(provider, p.w().month(), true, "本月未完，同步测试提前关闭", p.w().supervisor().id());
            b.sync().recordExporter().export(p.folder(), p.w().supervisor(), PASSWORD);
            ImportReport follow = a.sync().importer().importFolder(p.folder(), p.w().supervisor().id(), r -> { });
            assertThat(follow.needingAttention()).isEmpty();
            assertThat(a.assessment().service().closings(provider, p.w().month())).extracting(c -> c.status())
                    .containsExactlyInAnyOrder("SUPERSEDED", "REOPENED", "CLOSED");
            assertThat(a.assessment().service().assess(provider, p.w().month()).closed()).hasValueSatisfying(c ->
                    assertThat(c.id()).isNotIn(ours, theirs));
        }
    }

    @Test
    void twoReopeningsOfTheSameClosingWithOtherReasonsKeepOurs() {
        SignedDemoLaptop.Copy<SignedDemoLaptop.FirstOrder> laptopA = SignedDemoLaptop.firstOrder(dir.resolve("a"));
        try (AppContext a = TestContexts.open(laptopA.dataDir(), laptopA.clock());
                AppContext b = TestContexts.open(MigratedTemplate.into(dir.resolve("b")), laptopA.clock())) {
            Pair p = pair(a, b, laptopA);
            UUID provider = p.w().provider();
            a.assessment().service().close(provider, p.w().month(), true, "本月未完，同步测试提前关闭", p.w().supervisor().id());
            a.sync().recordExporter().export(p.folder(), p.w().supervisor(), PASSWORD);
            b.sync().importer().importFolder(p.folder(), null, r -> { });
            assertThat(b.assessment().service().closings(provider, p.w().month())).hasSize(1);
            a.assessment().service().reopen(provider, p.w().month(), "A：满意度调查漏录", p.w().supervisor().id());
            b.assessment().service().reopen(provider, p.w().month(), "B：投诉待核实", p.w().supervisor().id());
            b.sync().recordExporter().export(p.folder(), p.w().supervisor(), PASSWORD);
            trustAll(a, b);
            a.sync().importer().importFolder(p.folder(), p.w().supervisor().id(), r -> { });
            RecordConflicts conflicts = a.sync().conflicts().records();
            RecordConflicts.Entry e = conflicts.open().stream().filter(c -> c.kind().equals("SAME_ID")).findFirst()
                    .orElseThrow();
            assertThat(e.recordKind()).isEqualTo("MONTH_REOPENED");
            assertThat(words(e.local())).contains("A：满意度调查漏录");
            assertThat(words(e.incoming())).contains("B：投诉待核实");
            assertRefused(() -> conflicts.takeIncoming(e.conflictId(), "以对方为准", p.w().supervisor().id()),
                    "只能保留本机");
            conflicts.keepLocal(e.conflictId(), "原因以本机为准", p.w().supervisor().id());
            assertThat(conflicts.open()).isEmpty();
            assertThat(a.assessment().service().closings(provider, p.w().month()).get(0).reopenReason())
                    .isEqualTo("A：满意度调查漏录");
            var after = a.core().recordLog().counts();
            a.sync().importer().importFolder(p.folder(), p.w().supervisor().id(), r -> { });
            assertThat(a.core().recordLog().counts()).isEqualTo(after);
            assertThat(conflicts.open()).isEmpty();
        }
    }

    private static String words(RecordConflicts.Side side) {
        StringBuilder out = new StringBuilder(side.title());
        side.facts().forEach(f -> out.append('\n').append(f.label()).append(f.value()));
        return out.toString();
    }

    private static void assertRefused(Runnable action, String message) {
        assertThatThrownBy(action::run).isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(ZH.problems((DomainException) e)).contains(message));
    }

    private static RectificationOrder raise(AppContext c, RecordExchangeIT.World w, String code) {
        return c.rectification().service().raise(new RectificationService.RaiseRequest(w.sheet(), List.of(code), true,
                "保洁主管", null, null, Set.of(CauseCategory.MATERIALS), "", "补充清洁剂"), w.inspector().id()).get(0);
    }
}
