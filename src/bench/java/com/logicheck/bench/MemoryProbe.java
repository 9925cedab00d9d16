package com.logicheck.bench;

import com.logicheck.app.AppContext;
import com.logicheck.domain.inspection.Inspection;
import com.logicheck.service.InspectionService;
import java.nio.file.Path;
import java.util.UUID;

/**
 * Child JVM of the memory row (no UI): RSS at start, before the data folder is opened (the baseline); then the
 * dataset opened through {@code AppContext}, the home lists (drafts, 100 recent) and the 100-item draft with its
 * answers and score loaded, a full GC, and RSS and heap in use again, with all of it still referenced.
 */
public final class MemoryProbe {
    private MemoryProbe() {
    }

    /** Arguments: data folder, draft id. */
    public static void main(String[] args) throws Exception {
        long before = ProcessMemory.residentKb();
        long heapBefore = ProcessMemory.heapUsedAfterGc();
        try (AppContext context = AppContext.open(Path.of(args[0]))) {
            var drafts = context.inspection().inspections().drafts();
            var recent = context.inspection().inspections().recent(100);
            InspectionService service = context.inspection().service();
            Inspection sheet = service.inspection(UUID.fromString(args[1]));
            var template = service.template(sheet);
            var results = service.results(sheet.id());
            var score = service.score(sheet);
            long heap = ProcessMemory.heapUsedAfterGc();
            long after = ProcessMemory.residentKb();
            ChildJvm.report("rss.before.kb", before);
            ChildJvm.report("heap.before", heapBefore);
            ChildJvm.report("rss.after.kb", after);
            ChildJvm.report("heap.after", heap);
            ChildJvm.report("loaded", drafts.size() + " drafts, " + recent.size() + " recent, " + template.itemCount()
                    + " items, " + results.size() + " answers, score " + score.total());
        }
    }
}
