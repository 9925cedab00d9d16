package com.logicheck.sync;

import static com.logicheck.sync.RecordExchangeIT.PASSWORD;

import com.logicheck.app.AppContext;
import com.logicheck.app.Clocks;
import com.logicheck.app.TestContexts;
import com.logicheck.domain.inspection.InspectionStatus;
import com.logicheck.domain.rectification.CauseCategory;
import com.logicheck.domain.rectification.RectificationOrder;
import com.logicheck.service.RectificationService;
import com.logicheck.service.SignedSheetFixture;
import com.logicheck.service.SigningService;
import com.logicheck.suites.DataFolders;
import com.logicheck.suites.MigratedTemplate;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.stream.Stream;

/**
 * 演示笔记本 A: the laptop the two-laptop sync tests start from — a week of demo work, the hospital scheme and one of
 * 张伟's sheets signed ({@link RecordExchangeIT.World}) — built once per test JVM and copied, whole data folder
 * (database, guard record, keys, signed PDFs, photos), into each test's folder: building it (demo days, PDF/A and
 * PAdES per signed sheet) is most of what these tests cost, and it is the same every time (ADR 0035, like
 * {@code MigratedTemplate}).
 * <p>
 * Only laptop A is ever a copy; laptop B is a fresh folder, so no test holds two laptops with the same device id or
 * keys. The demo is dated from the test clock's day; a copy asked for on another day (a run across midnight) is built
 * again. Tests open the copy — and laptop B — with {@link Copy#clock()}, which is never earlier than the end of the
 * build, so what a test does comes after what the copy already holds even when {@code logicheck.now} starts every
 * clock at the same moment.
 */
final class SignedDemoLaptop {
    private static Built<RecordExchangeIT.World> week;
    private static Built<FirstOrder> firstOrder;

    private SignedDemoLaptop() {
    }

    /** A copy of laptop A, and the clock to open it (and laptop B) with. */
    record Copy<F>(Path dataDir, F facts, Clock clock) {
    }

    /**
     * Laptop A one step further: the first order issued on the signed sheet for its first open deduction, then every
     * finished sheet of its provider signed (so that B can assess the month from the same sheets).
     */
    record FirstOrder(RecordExchangeIT.World world, RectificationOrder first, List<String> codes) {
    }

    /** The week of demo work with one signed sheet, copied into {@code dataDir}. */
    static synchronized Copy<RecordExchangeIT.World> week(Path dataDir) {
        if (week == null || week.isStale()) {
            Path root = scratchRoot("week");
            Path folder = MigratedTemplate.into(root.resolve("data"));
            week = build(root, folder, Clocks.system(), RecordExchangeIT.World::on);
        }
        return week.copyInto(dataDir);
    }

    /** The week, the first order and every sheet of the provider signed, copied into {@code dataDir}. */
    static synchronized Copy<FirstOrder> firstOrder(Path dataDir) {
        if (firstOrder == null || firstOrder.isStale()) {
            Path root = scratchRoot("first-order");
            Copy<RecordExchangeIT.World> base = week(root.resolve("data"));
            firstOrder = build(root, base.dataDir(), base.clock(), (a, scratch) -> {
                RecordExchangeIT.World w = base.facts();
                List<String> codes = a.rectification().service().orders().deductions(w.sheet()).deductions().stream()
                        .filter(d -> !d.exempted() && !d.onOrder()).map(d -> d.item().itemCode()).toList();
                RectificationOrder first = a.rectification().service().raise(new RectificationService.RaiseRequest(
                        w.sheet(), List.of(codes.get(0)), true, "保洁主管", null, null, Set.of(CauseCategory.MATERIALS),
                        "", "补充清洁剂"), w.inspector().id()).get(0);
                signAllOf(a, w.provider());
                return new FirstOrder(w, first, codes);
            });
        }
        return firstOrder.copyInto(dataDir);
    }

    private static void signAllOf(AppContext a, UUID provider) {
        for (var row : a.inspection().inspections().recent(1000)) {
            if (row.status() != InspectionStatus.FINISHED) {
                continue;
            }
            var sheet = a.inspection().service().inspection(row.id());
            if (sheet.providerId().equals(provider)) {
                a.inspection().signing().sign(row.id(), new SigningService.SignRequest(
                        SignedSheetFixture.signaturePng(row.inspectorName(), 1), SignedSheetFixture.inspectee(), null),
                        PASSWORD, sheet.inspectorId());
            }
        }
    }

    private static Path scratchRoot(String name) {
        try {
            Path root = Files.createTempDirectory("logicheck-laptop-" + name);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(root)));
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Opens {@code folder} on {@code clock}, fills it (demo photos are made under {@code root}) and closes it. */
    private static <F> Built<F> build(Path root, Path folder, Clock clock, BiFunction<AppContext, Path, F> fill) {
        F facts;
        try (AppContext a = TestContexts.open(folder, clock)) {
            facts = fill.apply(a, root);
        }
        return new Built<>(folder, facts, LocalDate.now(clock), clock.instant());
    }

    /** A closed data folder, the facts about it, the day it was built on and the moment the build ended. */
    private record Built<F>(Path folder, F facts, LocalDate day, Instant end) {
        boolean isStale() {
            return !LocalDate.now(Clocks.system()).equals(day);
        }

        Copy<F> copyInto(Path dataDir) {
            return new Copy<>(DataFolders.copy(folder, dataDir), facts, clockAfter(end));
        }
    }

    /** The test clock, moved forward to {@code end} if it is earlier (only when {@code logicheck.now} is set). */
    private static Clock clockAfter(Instant end) {
        Clock clock = Clocks.system();
        Duration behind = Duration.between(clock.instant(), end);
        return behind.isNegative() ? clock : Clock.offset(clock, behind);
    }

    private static void deleteQuietly(Path root) {
        try (Stream<Path> s = Files.walk(root)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temp folder: the OS clears it
        }
    }
}
