package com.logicheck.sync;

import static com.logicheck.sync.RecordExchangeIT.PASSWORD;
import static com.logicheck.sync.RecordExchangeIT.person;
import static com.logicheck.sync.RecordExchangeIT.trustAll;

import com.logicheck.app.AppContext;
import com.logicheck.domain.org.Person;
import com.logicheck.domain.rectification.CauseCategory;
import com.logicheck.domain.rectification.RectificationOrder;
import com.logicheck.service.RectificationService;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * Two real data folders that disagree, for screens: both laptops reported the same order fixed (a FORK) and both
 * closed the same provider-month (MONTH_CLOSED_TWICE); laptop A has imported B's records and holds both conflicts.
 */
public final class RecordConflictFixture {
    private RecordConflictFixture() {
    }

    /** The supervisor (刘洋) and the inspector (张伟) of laptop A. */
    public record People(Person supervisor, Person inspector) {
    }

    public static People conflicts(AppContext a, AppContext b, Path dir) {
        Path folder = dir.resolve("folder");
        RecordExchangeIT.World w = RecordExchangeIT.World.on(a, dir);
        String code = a.rectification().service().orders().deductions(w.sheet()).deductions().stream()
                .filter(d -> !d.exempted() && !d.onOrder()).map(d -> d.item().itemCode()).findFirst().orElseThrow();
        RectificationOrder order = a.rectification().service().raise(new RectificationService.RaiseRequest(w.sheet(),
                List.of(code), true, "保洁主管", null, null, Set.of(CauseCategory.MATERIALS), "", "补充清洁剂"),
                w.inspector().id()).get(0);
        RecordConflictIT.signAllOf(a, w.provider());
        a.sync().referenceExporter().export(folder, w.supervisor(), PASSWORD, w.supervisor().id());
        a.sync().exporter().export(folder);
        a.sync().recordExporter().export(folder, w.inspector(), PASSWORD);
        trustAll(b, a);
        b.sync().importer().importFolder(folder, null, r -> { });
        a.rectification().steps().reportFixed(order.id(), "已清洁地面，更换垃圾袋", List.of(), person(a, "王芳").id());
        b.rectification().steps().reportFixed(order.id(), "已清洁并消毒，增加巡查频次", List.of(), person(b, "李娜").id());
        b.assessment().service().close(w.provider(), w.month(), w.supervisor().id());
        a.assessment().service().close(w.provider(), w.month(), w.supervisor().id());
        b.sync().recordExporter().export(folder, person(b, "李娜"), PASSWORD);
        b.sync().recordExporter().export(folder, w.supervisor(), PASSWORD);
        trustAll(a, b);
        a.sync().importer().importFolder(folder, w.supervisor().id(), r -> { });
        return new People(w.supervisor(), w.inspector());
    }
}
