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
import java.util.function.Function;

/**
 * 演示数据, all of it: a month of sheets ({@link DemoData}), the hospital scheme on the contracts ({@link DemoSchemes})
 * and rectification orders ({@link DemoRectification}). The CLI {@code demo} and the first-run wizard's 填入演示数据 both
 * call this. In a folder the wizard set up, the demo's people, places and providers join the wizard's organisation;
 * its people have no log-in, so the wizard's 管理员 stays the only account (ADR 0014).
 */
public final class DemoMonth {
    private final ReferenceRepository reference;
    private final TemplateRepository templates;
    private final InspectionRepository inspections;
    private final InspectionService inspectionService;
    private final PhotoStore photos;
    private final SchemeRepository schemes;
    private final RectificationService rectification;
    private final Clock clock;
    private final Function<Clock, RectificationRepository> ordersAt;
    private final InspectionPlanService plans;

    /** {@code ordersAt}: the orders' repository as if at another time (demo steps spread over past days). */
    public DemoMonth(ReferenceRepository reference, TemplateRepository templates, InspectionRepository inspections,
                     InspectionService inspectionService, PhotoStore photos, SchemeRepository schemes,
                     RectificationService rectification, Clock clock,
                     Function<Clock, RectificationRepository> ordersAt,
                     InspectionPlanService plans) {
        this.ordersAt = ordersAt;
        this.plans = plans;
        this.reference = reference;
        this.templates = templates;
        this.inspections = inspections;
        this.inspectionService = inspectionService;
        this.photos = photos;
        this.schemes = schemes;
        this.rectification = rectification;
        this.clock = clock;
    }

    /** What was made. */
    public record Summary(DemoData.Summary sheets, DemoRectification.Summary orders) {
    }

    public Summary fill(long seed) {
        Path scratch;
        try {
            scratch = Files.createTempDirectory("logicheck-demo-photos");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            DemoData.Summary sheets = new DemoData(reference, templates, inspections, inspectionService, photos,
                    new DemoPhotos(scratch), clock).fill(seed);
            new DemoSchemes(reference, schemes, templates).attachHospitalScheme();
            DemoRectification.Summary orders = new DemoRectification(reference, inspections, inspectionService,
                    rectification, clock, ordersAt).fill(seed);
            new DemoPlans(reference, plans, clock).fill();
            return new Summary(sheets, orders);
        } finally {
            deleteTree(scratch);
        }
    }

    private static void deleteTree(Path dir) {
        try (var files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException ignored) {
            // temp photos only; the OS cleans its temp folder
        }
    }
}
