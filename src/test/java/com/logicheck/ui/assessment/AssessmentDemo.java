package com.logicheck.ui.assessment;

import com.logicheck.app.AppContext;
import com.logicheck.domain.org.Person;
import com.logicheck.domain.org.Provider;
import com.logicheck.domain.org.Role;
import com.logicheck.i18n.Messages;
import com.logicheck.service.DemoData;
import com.logicheck.service.DemoPhotos;
import com.logicheck.service.DemoSchemes;
import com.logicheck.suites.MigratedTemplate;
import com.logicheck.ui.QueuedDialogs;
import com.logicheck.ui.TestWindows;
import com.logicheck.ui.UiServices;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;

/** A real data folder filled by {@link DemoData} for 2026-11, the hospital scheme attached as the demo does. */
final class AssessmentDemo implements AutoCloseable {
    static final YearMonth MONTH = YearMonth.of(2026, 11);
    static final String HOSPITAL_PROVIDER = "华安后勤服务集团有限公司";
    final Clock clock = Clock.fixed(Instant.parse("2026-11-21T09:00:00Z"), ZoneId.of("Asia/Shanghai"));
    final AppContext context;
    final Messages messages = Messages.forLanguage("zh");
    final QueuedDialogs dialogs = new QueuedDialogs();

    AssessmentDemo(Path dir, Path scratch) {
        context = AppContext.open(MigratedTemplate.into(dir), clock);
        new DemoData(context.core().reference(), context.core().templates(), context.inspection().inspections(),
                context.inspection().service(),
                context.core().photos(), new DemoPhotos(scratch), clock).fill(7);
        new DemoSchemes(context.core().reference(), context.core().schemes(), context.core().templates()).attachHospitalScheme();
    }

    UiServices services() {
        return TestWindows.of(context).messages(messages).clock(clock).dialogs(dialogs).services();
    }

    Provider provider(String name) {
        return context.core().reference().providers().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    }

    Person person(Role role) {
        return context.core().reference().people().stream().filter(p -> p.role() == role).findFirst().orElseThrow();
    }

    void actAs(Role role) {
        context.core().currentUser().switchTo(person(role));
    }

    @Override
    public void close() {
        context.close();
    }
}
