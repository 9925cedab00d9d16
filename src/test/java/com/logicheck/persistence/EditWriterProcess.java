package com.logicheck.persistence;

import com.logicheck.app.AppContext;
import com.logicheck.domain.inspection.Inspection;
import com.logicheck.domain.inspection.ItemResult;
import com.logicheck.domain.template.DeductionRule;
import com.logicheck.domain.template.TemplateItem;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * Run in a separate JVM by {@link DurabilityKillIT}: answers items one by one and prints "ACK n" after each
 * answer has been acknowledged (the service call returned), until it is killed.
 */
public final class EditWriterProcess {
    private EditWriterProcess() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        AppContext c = AppContext.open(Path.of(args[0]));
        Inspection sheet = InspectionLifecycleIT.startMaintenanceSheet(c);
        out.println("SHEET " + sheet.id());
        List<TemplateItem> items = c.inspection().service().template(sheet).items().toList();
        for (int n = 0; ; n++) {
            TemplateItem item = items.get(n % items.size());
            List<BigDecimal> q = item.rules().stream().map(r -> r instanceof DeductionRule.Range rr
                    ? rr.min() : BigDecimal.ONE).toList();
            c.inspection().service().answer(sheet, ItemResult.deduct(item.id(), q).withNote("edit " + n), sheet.inspectorId());
            out.println("ACK " + n + " " + item.id());
        }
    }
}
