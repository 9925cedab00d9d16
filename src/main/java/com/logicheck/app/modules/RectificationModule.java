package com.logicheck.app.modules;

import com.logicheck.pdf.NoticePdfWriter;
import com.logicheck.persistence.RectificationDesk;
import com.logicheck.persistence.RectificationRepository;
import com.logicheck.service.RectificationDeskService;
import com.logicheck.service.RectificationNotices;
import com.logicheck.service.RectificationService;
import com.logicheck.service.RectificationSettings;
import com.logicheck.service.RectificationSteps;
import com.logicheck.service.SeparationOfDuties;
import java.time.Clock;
import java.util.function.Function;

/**
 * 整改: orders and their steps (ADR 0012), the desk (整改台账) and its signed notices (整改通知单, ADR 0018).
 * {@code repositoryAt}: the orders read and written as if at another clock's time (the demo month spreads its orders
 * over past days).
 */
public record RectificationModule(RectificationService service, RectificationDeskService desk,
                                  RectificationSteps steps, RectificationNotices notices,
                                  Function<Clock, RectificationRepository> repositoryAt) {

    public static RectificationModule build(SharedCore core) {
        Function<Clock, RectificationRepository> at = clock -> new RectificationRepository(core.database().dsl(),
                clock, core.changeLog(), core.recordLog());
        RectificationService service = new RectificationService(at.apply(core.clock()),
                new RectificationSettings(core.settings()), core.clock(), core.useCases());
        return new RectificationModule(service,
                new RectificationDeskService(new RectificationDesk(core.database().dsl()), core.settings(), core.clock()),
                new RectificationSteps(service.orders(), core.photos(), core.reference(), core.clock(),
                        new SeparationOfDuties(core.settings())),
                new RectificationNotices(service, core.reference(),
                        new NoticePdfWriter(core.font(), core.messages(), core.letterhead()), core.messages(),
                        core.signer(), core.signingFiles(), core.trust(), core.clock()),
                at);
    }
}
