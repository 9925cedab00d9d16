package com.logicheck.sync;

import static com.logicheck.sync.RecordExchangeIT.PASSWORD;
import static com.logicheck.sync.RecordExchangeIT.person;
import static com.logicheck.sync.RecordExchangeIT.trustAll;

import com.logicheck.app.AppContext;
import com.logicheck.domain.org.Person;
import com.logicheck.domain.rectification.RectificationOrder;
import com.logicheck.suites.MigratedTemplate;
import java.nio.file.Path;
import java.util.List;

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

    /** Laptop A and laptop B, open; the caller closes them. */
    public record Laptops(AppContext a, AppContext b, People people) {
    }

    /**
     * Opens laptop A (a copy of {@link SignedDemoLaptop#firstOrder}, in {@code dir/a}) and a fresh laptop B (in
     * {@code dir/b}) and makes them disagree; both are closed again if that fails.
     */
    public static Laptops conflicts(Path dir) {
        SignedDemoLaptop.Copy<SignedDemoLaptop.FirstOrder> laptopA = SignedDemoLaptop.firstOrder(dir.resolve("a"));
        AppContext a = AppContext.open(laptopA.dataDir(), laptopA.clock());
        try {
            AppContext b = AppContext.open(MigratedTemplate.into(dir.resolve("b")), laptopA.clock());
            try {
                return new Laptops(a, b, conflicts(a, b, dir, laptopA.facts()));
            } catch (RuntimeException | Error e) {
                b.close();
                throw e;
            }
        } catch (RuntimeException | Error e) {
            a.close();
            throw e;
        }
    }

    private static People conflicts(AppContext a, AppContext b, Path dir, SignedDemoLaptop.FirstOrder laptopA) {
        Path folder = dir.resolve("folder");
        RecordExchangeIT.World w = laptopA.world();
        RectificationOrder order = laptopA.first();
        a.sync().referenceExporter().export(folder, w.supervisor(), PASSWORD, w.supervisor().id());
        a.sync().exporter().export(folder);
        a.sync().recordExporter().export(folder, w.inspector(), PASSWORD);
        trustAll(b, a);
        b.sync().importer().importFolder(folder, null, r -> { });
        a.rectification().steps().reportFixed(order.id(), "已清洁地面，更换垃圾袋", List.of(), person(a, "王芳").id());
        b.rectification().steps().reportFixed(order.id(), "已清洁并消毒，增加巡查频次", List.of(), person(b, "李娜").id());
        b.assessment().service().close(w.provider(), w.month(), true, "本月未完，同步测试提前关闭", w.supervisor().id());
        a.assessment().service().close(w.provider(), w.month(), true, "本月未完，同步测试提前关闭", w.supervisor().id());
        b.sync().recordExporter().export(folder, person(b, "李娜"), PASSWORD);
        b.sync().recordExporter().export(folder, w.supervisor(), PASSWORD);
        trustAll(a, b);
        a.sync().importer().importFolder(folder, w.supervisor().id(), r -> { });
        return new People(w.supervisor(), w.inspector());
    }
}
