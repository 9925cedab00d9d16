package com.logicheck.bench;

import com.logicheck.app.AppContext;
import com.logicheck.domain.assessment.MonthlyAssessment;
import com.logicheck.domain.inspection.InspectionStatus;
import com.logicheck.domain.org.Contract;
import com.logicheck.domain.org.Provider;
import com.logicheck.domain.org.Role;
import com.logicheck.persistence.AssessmentSheets;
import com.logicheck.service.AssessmentService;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The 月度考核 rows: the last full month of the dataset computed by {@link AssessmentService#compute} (read the
 * month, score every sheet again with its exemptions, aggregate, money), for the provider with the most counted
 * sheets and for every provider of the month. Baseline: reading the same sheets and answers without computing
 * anything ({@link AssessmentSheets}): the sheets of the scheme's templates, as the service reads them. The
 * hospital 千分制 is attached to every contract that has no scheme yet.
 */
public final class AssessmentProbe {
    private AssessmentProbe() {
    }

    /** Arguments: data folder, timed runs, warm-up runs. */
    public static void main(String[] args) {
        Path dir = Path.of(args[0]);
        int runs = Integer.parseInt(args[1]);
        int warmUp = Integer.parseInt(args[2]);
        try (AppContext c = AppContext.open(dir)) {
            YearMonth month = YearMonth.now(c.clock()).minusMonths(1);
            attachScheme(c, month);
            AssessmentService service = c.assessment().service();
            List<Provider> assessed = new ArrayList<>();
            List<String> codes = new ArrayList<>();
            Provider biggest = null;
            int most = -1;
            int sheetsAll = 0;
            for (Provider p : c.core().reference().providers()) {
                try {
                    MonthlyAssessment a = service.compute(p.id(), month);
                    int n = a.components().stream().flatMap(x -> x.templates().stream())
                            .mapToInt(t -> t.sheets().size()).sum();
                    assessed.add(p);
                    a.components().stream().flatMap(x -> x.templates().stream()).map(t -> t.templateCode())
                            .filter(code -> !codes.contains(code)).forEach(codes::add);
                    sheetsAll += n;
                    if (n > most) {
                        most = n;
                        biggest = p;
                    }
                } catch (RuntimeException noScheme) {
                    // a provider without a contract that month is not assessed
                }
            }
            if (biggest == null) {
                throw new IllegalStateException("no provider is assessed in " + month);
            }
            Set<InspectionStatus> statuses = Set.of(InspectionStatus.FINISHED, InspectionStatus.SIGNED);
            double[] one = new double[runs];
            double[] oneBase = new double[runs];
            double[] all = new double[runs];
            double[] allBase = new double[runs];
            for (int i = -warmUp; i < runs; i++) {
                long t0 = System.nanoTime();
                service.compute(biggest.id(), month);
                long t1 = System.nanoTime();
                read(c.assessment().sheets(), biggest.id(), month, statuses, codes);
                long t2 = System.nanoTime();
                for (Provider p : assessed) {
                    service.compute(p.id(), month);
                }
                long t3 = System.nanoTime();
                for (Provider p : assessed) {
                    read(c.assessment().sheets(), p.id(), month, statuses, codes);
                }
                long t4 = System.nanoTime();
                if (i >= 0) {
                    one[i] = (t1 - t0) / 1e6;
                    oneBase[i] = (t2 - t1) / 1e6;
                    all[i] = (t3 - t2) / 1e6;
                    allBase[i] = (t4 - t3) / 1e6;
                }
            }
            ChildJvm.report("one.median", Stats.median(one));
            ChildJvm.report("one.base", Stats.median(oneBase));
            ChildJvm.report("all.median", Stats.median(all));
            ChildJvm.report("all.base", Stats.median(allBase));
            ChildJvm.report("month", month);
            ChildJvm.report("one.sheets", most);
            ChildJvm.report("all.sheets", sheetsAll);
            ChildJvm.report("providers", assessed.size());
        }
    }

    private static void read(AssessmentSheets sheets, UUID provider, YearMonth month, Set<InspectionStatus> statuses,
                             List<String> codes) {
        var rows = sheets.sheets(provider, month.atDay(1), month.atEndOfMonth(), statuses, codes);
        sheets.results(rows.stream().map(AssessmentSheets.SheetRow::id).toList());
    }

    /** The hospital scheme from each contract's first month, unless the contract already has one for the month. */
    private static void attachScheme(AppContext c, YearMonth month) {
        UUID version = c.core().schemes().latestVersion("hospital-1000").orElseThrow();
        UUID supervisor = c.core().reference().people().stream().filter(p -> p.role() == Role.SUPERVISOR).findFirst()
                .orElseThrow().id();
        for (Provider p : c.core().reference().providers()) {
            for (Contract k : c.core().schemes().contracts(p.id())) {
                if (c.core().schemes().schemeFor(k.id(), month).isEmpty()) {
                    c.core().schemes().attach(k.id(), version, YearMonth.from(k.startsOn()), supervisor);
                }
            }
        }
    }
}
