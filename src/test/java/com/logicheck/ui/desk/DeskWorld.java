package com.logicheck.ui.desk;

import static com.logicheck.service.AssessmentWorld.q;

import com.logicheck.app.ScreenParts;
import com.logicheck.domain.inspection.Inspection;
import com.logicheck.domain.inspection.InspectionKind;
import com.logicheck.domain.org.Person;
import com.logicheck.domain.rectification.CauseCategory;
import com.logicheck.i18n.Messages;
import com.logicheck.service.AssessmentWorld;
import com.logicheck.service.RectificationService;
import com.logicheck.ui.DeskServices;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A real data folder ("today" is Saturday 5 December 2026, Beijing) with three orders of 华安后勤 at 心内科病区:
 * maintenance inspected 1 Dec, due 1 Dec (overdue 4 days); maintenance inspected 2 Dec, due today; environment
 * inspected 4 Dec, due Monday 7 Dec.
 */
final class DeskWorld implements AutoCloseable {
    static final LocalDate TODAY = LocalDate.of(2026, 12, 5);
    final AssessmentWorld w;
    final Messages messages = Messages.forLanguage("zh");
    final UUID overdue;
    final UUID dueToday;
    final UUID environment;

    DeskWorld(Path dir) {
        w = new AssessmentWorld(dir);
        RectificationService service = w.c.rectification().service();
        overdue = service.raise(request(maintenance(LocalDate.of(2026, 12, 1)), "1.1", null), w.inspector.id()).get(0).id();
        dueToday = service.raise(request(maintenance(LocalDate.of(2026, 12, 2)), "1.4", TODAY), w.inspector.id()).get(0).id();
        Inspection env = w.sheet(w.hospitalProvider, "hospital-environment", InspectionKind.FULL, LocalDate.of(2026, 12, 4),
                Map.of("1.1", q("2")));
        environment = service.raise(request(env, null, null), w.inspector.id()).get(0).id();
    }

    Inspection maintenance(LocalDate day) {
        return w.sheet(w.hospitalProvider, "hospital-maintenance", InspectionKind.SPOT_CHECK, day,
                Map.of("1.1", q("3", "0"), "1.4", q("2")));
    }

    static RectificationService.RaiseRequest request(Inspection sheet, String code, LocalDate deadline) {
        return new RectificationService.RaiseRequest(sheet.id(), code == null ? List.of() : List.of(code), true, "王班长",
                deadline, null, Set.of(CauseCategory.TRAINING), "新员工不熟悉记录要求", "培训后补填记录");
    }

    DeskServices services() {
        return ScreenParts.desk(w.c);
    }

    Person user(Person p) {
        w.c.core().currentUser().switchTo(p);
        return p;
    }

    @Override
    public void close() {
        w.c.close();
    }
}
