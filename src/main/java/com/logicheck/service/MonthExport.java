package com.logicheck.service;

import com.logicheck.domain.DomainException;
import com.logicheck.domain.Problem;
import com.logicheck.domain.inspection.InspectionStatus;
import com.logicheck.domain.inspection.ItemResult;
import com.logicheck.domain.org.Provider;
import com.logicheck.domain.template.ChecklistTemplate;
import com.logicheck.domain.template.TemplateItem;
import com.logicheck.i18n.Messages;
import com.logicheck.persistence.AssessmentSheets;
import com.logicheck.persistence.ReferenceRepository;
import com.logicheck.persistence.TemplateRepository;
import com.logicheck.scoring.ItemScore;
import com.logicheck.scoring.SheetScore;
import com.logicheck.scoring.SheetScorer;
import com.logicheck.xlsx.DeductionRow;
import com.logicheck.xlsx.DeductionWorkbook;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Every finished or signed sheet of a month and each of its deductions, one row per deduction (a sheet without any
 * deduction gets one row of its own), as rows and as an Excel workbook. The deduction is the item's own, after the
 * heading caps, exactly as the sheet was scored (ADR 0004).
 */
public final class MonthExport {
    private final AssessmentSheets sheets;
    private final TemplateRepository templates;
    private final ReferenceRepository reference;
    private final SheetScorer scorer;
    private final Messages m;

    public MonthExport(AssessmentSheets sheets, TemplateRepository templates, ReferenceRepository reference,
                       SheetScorer scorer, Messages messages) {
        this.sheets = sheets;
        this.templates = templates;
        this.reference = reference;
        this.scorer = scorer;
        this.m = messages;
    }

    public List<DeductionRow> rows(YearMonth month, Optional<UUID> providerId) {
        List<DeductionRow> out = new ArrayList<>();
        Map<UUID, ChecklistTemplate> loaded = new HashMap<>();
        for (Provider p : reference.providers()) {
            if (providerId.isPresent() && !providerId.get().equals(p.id())) {
                continue;
            }
            var rows = sheets.sheets(p.id(), month.atDay(1), month.atEndOfMonth(),
                    EnumSet.of(InspectionStatus.FINISHED, InspectionStatus.SIGNED));
            var results = sheets.results(rows.stream().map(AssessmentSheets.SheetRow::id).toList());
            for (AssessmentSheets.SheetRow r : rows) {
                ChecklistTemplate t = loaded.computeIfAbsent(r.templateVersionId(), templates::load);
                Map<UUID, ItemResult> answers = results.getOrDefault(r.id(), Map.of());
                SheetScore score = scorer.score(t, answers);
                int before = out.size();
                t.items().forEach(item -> {
                    ItemScore s = score.item(item.id());
                    if (s != null && s.deduction() != null && s.deduction().signum() > 0) {
                        out.add(row(p, r, t, item, s.deduction(), answers.get(item.id())));
                    }
                });
                if (out.size() == before) {
                    out.add(row(p, r, t, null, BigDecimal.ZERO, null));
                }
            }
        }
        out.sort(Comparator.comparing(DeductionRow::date).thenComparing(DeductionRow::provider));
        return out;
    }

    private DeductionRow row(Provider p, AssessmentSheets.SheetRow r, ChecklistTemplate t, TemplateItem item,
                             BigDecimal deduction, ItemResult answer) {
        return new DeductionRow(r.date(), p.name(), r.place(), t.title(), m.label(r.kind()),
                item == null ? "" : item.code(), item == null ? m.get("xlsx.noDeduction") : item.content(), deduction,
                answer == null ? "" : answer.note(), r.inspector(), r.score(), r.number());
    }

    /** The workbook; refused when the month has no finished sheet. */
    public byte[] workbook(YearMonth month, Optional<UUID> providerId) {
        return workbook(month, rows(month, providerId));
    }

    /** The workbook of rows already read; refused when there are none. */
    public byte[] workbook(YearMonth month, List<DeductionRow> rows) {
        if (rows.isEmpty()) {
            throw new DomainException(Problem.of("problem.xlsx.empty", month.toString()));
        }
        List<String> headers = List.of(m.get("xlsx.date"), m.get("xlsx.provider"), m.get("xlsx.place"),
                m.get("xlsx.template"), m.get("xlsx.kind"), m.get("xlsx.itemCode"), m.get("xlsx.content"),
                m.get("xlsx.deduction"), m.get("xlsx.note"), m.get("xlsx.inspector"), m.get("xlsx.sheetScore"),
                m.get("xlsx.sheetNumber"));
        return new DeductionWorkbook().write(m.get("xlsx.sheetName", month.toString()), headers, rows);
    }
}
