package com.logicheck.app;

import com.logicheck.service.MonthReportFiles;
import com.logicheck.service.MonthReportFiles.Outcome;
import com.logicheck.service.MonthReportFiles.ProviderLine;
import com.logicheck.service.MonthReportFiles.Standing;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code logicheck report --month 2026-11 [--provider 华安] [--out 月报.pdf] [--public 公示.pdf] [--excel 扣分明细.xlsx]}:
 * the 月服务质量报告 as a PDF/A with charts, its one-page 公示, and/or every sheet and deduction of the month as an
 * Excel file — through the same service call as the 月度报告 screen; the providers left out are named with the reason.
 */
@Command(name = "report", mixinStandardHelpOptions = true)
final class ReportCommand implements Callable<Integer> {
    @Mixin
    Invocation run;
    @Mixin
    CliOptions.Month month;
    @Option(names = "--provider", paramLabel = "NAME")
    String provider;
    @Option(names = "--out", paramLabel = "FILE.pdf")
    Path out;
    @Option(names = "--public", paramLabel = "FILE.pdf")
    Path publicPdf;
    @Option(names = "--excel", paramLabel = "FILE.xlsx")
    Path excel;

    @Override
    public Integer call() {
        YearMonth ym = month.month();
        try (AppContext context = run.open()) {
            Optional<UUID> only = provider == null ? Optional.empty()
                    : Optional.of(run.provider(context, provider).id());
            MonthReportFiles reports = ScreenParts.reports(context, run.messages());
            Outcome done = reports.write(new MonthReportFiles.Request(ym, only, out, publicPdf, excel),
                    MonthReportFiles.Progress.NONE);
            for (ProviderLine line : done.providers()) {
                if (line.standing() == Standing.OMITTED) {
                    run.say("cli.report.omitted", line.provider(), line.reason());
                }
            }
            if (excel != null) {
                run.say("cli.report.excelDone", excel.toAbsolutePath(), done.excelRows());
            }
            long included = done.providers().stream().filter(l -> l.standing() != Standing.OMITTED).count();
            if (out != null) {
                run.say("cli.report.done", out.toAbsolutePath(), included);
            }
            if (publicPdf != null) {
                run.say("cli.report.publicDone", publicPdf.toAbsolutePath(), included);
            }
            return 0;
        }
    }
}
