package com.logicheck.service;

import com.logicheck.persistence.InspectionRepository;
import com.logicheck.persistence.PhotoStore;
import com.logicheck.persistence.RectificationRepository;
import com.logicheck.persistence.ReferenceRepository;
import com.logicheck.persistence.SchemeRepository;
import com.logicheck.persistence.TemplateRepository;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * 演示数据, all of it: a month of sheets ({@link DemoData}), most of them signed ({@link DemoSigning}), the hospital
 * scheme on the contracts ({@link DemoSchemes}), one provider on the college 60/40 scheme with its survey panel,
 * complaints, a veto, an exemption and an appeal ({@link DemoCollege}), rectification orders
 * ({@link DemoRectification}) and plans ({@link DemoPlans}). Every step is written through the services as if at its
 * own past moment ({@link DemoClock}), so nothing is dated after now. The CLI {@code demo} and the first-run wizard's
 * 填入演示数据 both call this. In an empty folder the demo also makes log-ins for an administrator, a supervisor and
 * an inspector ({@link DemoLogins}). In a folder the wizard set up, the demo's people, places and providers join the
 * wizard's organisation; they get no log-in and no signed sheets, so the wizard's 管理员 stays the only account
 * (ADR 0014).
 */
public final class DemoMonth {
    private final Parts parts;

    /**
     * What the demo writes through; every part that stamps a time is built on {@code clock}. {@code ordersAt}: the
     * orders' repository as if at another time (order steps spread over past days).
     */
    public record Parts(ReferenceRepository reference, TemplateRepository templates, InspectionRepository inspections,
                        InspectionService inspectionService, PhotoStore photos, SigningService signing,
                        SchemeRepository schemes, RectificationService rectification,
                        Function<Clock, RectificationRepository> ordersAt, InspectionPlanService plans,
                        AccountService accounts, AssessmentEntries entries, DemoClock clock) {
    }

    public DemoMonth(Parts parts) {
        this.parts = parts;
    }

    /** What was made: sheets, orders, how many sheets were signed, and the log-ins (none in a wizard's folder). */
    public record Summary(DemoData.Summary sheets, DemoRectification.Summary orders, int signed,
                          List<DemoLogins.Login> logins) {
    }

    /** The demo month without log-ins: the folder stays one without accounts (the app opens as 张伟, no CLI password). */
    public Summary fill(long seed) {
        return fill(seed, false);
    }

    /**
     * The demo month; with {@code logins}, in an empty folder, also the demo's log-ins (then the folder has accounts:
     * the app asks who logs in, and the command line asks {@code --as} and a password).
     */
    public Summary fill(long seed, boolean logins) {
        Path scratch;
        try {
            scratch = Files.createTempDirectory("logicheck-demo-photos");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Parts p = parts;
        try {
            boolean ownFolder = !p.accounts().logInRequired();
            DemoPhotos pictures = new DemoPhotos(scratch);
            DemoData sheets = new DemoData(p.reference(), p.templates(), p.inspections(), p.inspectionService(),
                    p.photos(), pictures, p.clock());
            DemoData.Summary month = sheets.fill(seed);
            p.clock().release();
            List<DemoLogins.Login> made = ownFolder && logins ? new DemoLogins(p.reference(), p.accounts()).make()
                    : List.of();
            new DemoSchemes(p.reference(), p.schemes(), p.templates()).attachHospitalScheme();
            int college = new DemoCollege(p.reference(), p.templates(), p.schemes(), p.entries(), p.inspections(),
                    p.clock()).fill(sheets, seed);
            p.clock().release();
            int signed = ownFolder ? new DemoSigning(p.reference(), p.inspections(), p.signing(), p.clock())
                    .signMost(seed, DemoLogins.INSPECTOR_PASSWORD) : 0;
            p.clock().release();
            DemoRectification.Summary orders = new DemoRectification(p.reference(), p.inspections(),
                    p.inspectionService(), p.rectification(), p.clock(), p.ordersAt()).fill(seed);
            p.clock().release();
            new DemoPlans(p.reference(), p.plans(), p.clock()).fill();
            return new Summary(new DemoData.Summary(month.sheets() + college, month.providers() + (college > 0 ? 1 : 0),
                    month.places()), orders,
                    signed, made);
        } finally {
            p.clock().release();
            deleteTree(scratch);
        }
    }

    private static void deleteTree(Path dir) {
        try (var files = Files.walk(dir)) {
            for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(f);
            }
        } catch (IOException ignored) {
            // temp photos only; the OS cleans its temp folder
        }
    }
}
