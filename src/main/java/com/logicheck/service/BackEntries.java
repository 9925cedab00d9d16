package com.logicheck.service;

import com.logicheck.domain.DomainException;
import com.logicheck.domain.Problem;
import com.logicheck.domain.access.AccessContext;
import com.logicheck.domain.access.Permission;
import com.logicheck.domain.inspection.BackEntry;
import com.logicheck.domain.inspection.BackEntryRules;
import com.logicheck.domain.inspection.Inspection;
import com.logicheck.domain.inspection.InspectionKind;
import com.logicheck.domain.inspection.ItemResult;
import com.logicheck.domain.inspection.PaperDates;
import com.logicheck.domain.org.Contract;
import com.logicheck.domain.org.Person;
import com.logicheck.domain.org.Place;
import com.logicheck.domain.org.Provider;
import com.logicheck.domain.template.ChecklistTemplate;
import com.logicheck.domain.template.TemplateItem;
import com.logicheck.i18n.Messages;
import com.logicheck.persistence.InspectionRepository;
import com.logicheck.persistence.ReferenceRepository;
import com.logicheck.persistence.SchemeRepository;
import com.logicheck.persistence.TemplateRepository;
import com.logicheck.scoring.PaperDeduction;
import com.logicheck.scoring.SheetScore;
import com.logicheck.xlsx.PaperSheetReader;
import com.logicheck.xlsx.TemplateWorkbook;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * 补录 (issue 17 item 4, ADR 0045): a paper sheet typed in after its day. Starting one checks the paper's date and
 * inspector ({@link BackEntryRules}) and creates a draft dated on the paper, marked with who typed it in and when;
 * finishing one answers every item not typed as 合格 (the paper lists only deductions) and finishes it on the paper's
 * date. Both ask {@link Permission#BACK_ENTER} first: a supervisor for anyone's paper, an inspector for their own.
 */
public final class BackEntries {
    private final InspectionService sheets;
    private final Lookups lookups;
    private final UseCases useCases;
    private final Clock clock;
    private final Messages messages;

    /** What a 补录 is created with and checked against: the sheets, the people and places, contracts and templates. */
    public record Lookups(InspectionRepository inspections, ReferenceRepository reference, SchemeRepository schemes,
                          TemplateRepository templates) {
    }

    public BackEntries(InspectionService sheets, Lookups lookups, UseCases useCases, Clock clock, Messages messages) {
        this.sheets = sheets;
        this.lookups = lookups;
        this.useCases = useCases;
        this.clock = clock;
        this.messages = messages;
    }

    /** What the paper sheet is about and what it says of its day and inspector. */
    public record PaperSheet(UUID templateVersionId, UUID providerId, UUID placeId, InspectionKind kind,
                             BackEntryRules.Paper paper) {
    }

    /** Starts the 补录 draft of {@code sheet}; refused (nothing written) by the policy or a rule of the paper. */
    public Inspection start(UUID actorId, PaperSheet sheet) {
        AccessContext whosePaper = AccessContext.draftOf(sheet.paper().inspectorId(), false);
        return useCases.call(actorId, Permission.BACK_ENTER, whosePaper, actor -> {
            OffsetDateTime now = OffsetDateTime.now(clock);
            List<LocalDate> starts = lookups.schemes().contracts(sheet.providerId()).stream().map(Contract::startsOn).toList();
            OffsetDateTime at = BackEntryRules.startedAt(sheet.paper(), now, clock.getZone(), starts, lookups.reference().people());
            return lookups.inspections().create(new InspectionRepository.NewInspection(sheet.templateVersionId(),
                    sheet.providerId(), sheet.placeId(), sheet.paper().inspectorId(), sheet.kind()), at,
                    new BackEntry(actor.id(), now, sheet.paper().timeKnown()));
        });
    }

    /** The 补录 Excel form of the newest version of template {@code code} ({@link TemplateWorkbook#writePaperForm}). */
    public byte[] paperForm(String code) {
        return useCases.inTransaction(() -> new TemplateWorkbook(messages).writePaperForm(lookups.templates().load(latestVersion(code)
                .orElseThrow(() -> new DomainException(Problem.of("problem.paperImport.template", code))))));
    }

    /** A sheet typed in from Excel: its worksheet, the sheet as started and its score. */
    public record Imported(String sheet, Inspection inspection, SheetScore score) {
    }

    /**
     * 补录 from Excel: every answered sheet of the workbook is checked first — the template, provider, place and
     * inspector named, the date and time, every deduction row against its item — and every fault is reported with
     * its sheet (and row); only a workbook without faults is written, all of it in one unit of work.
     */
    public List<Imported> importWorkbook(UUID actorId, InputStream in, String fileName) {
        Messages other = Messages.forLanguage(messages.locale().getLanguage().equals("en") ? "zh" : "en");
        List<PaperSheetReader.PaperForm> forms = new PaperSheetReader(List.of(messages, other)).read(in, fileName);
        return useCases.inTransaction(() -> {
            List<Problem> problems = new ArrayList<>();
            List<Planned> planned = new ArrayList<>();
            for (PaperSheetReader.PaperForm form : forms) {
                Planned p = plan(form, problems);
                if (p != null) {
                    planned.add(p);
                }
            }
            if (!problems.isEmpty()) {
                throw new DomainException(problems);
            }
            List<Imported> done = new ArrayList<>();
            for (Planned p : planned) {
                Inspection sheet = start(actorId, p.sheet());
                p.deductions().forEach((item, q) -> sheets.answer(sheet, ItemResult.deduct(item, q), actorId));
                done.add(new Imported(p.form(), sheet, finish(actorId, sheet.id())));
            }
            return done;
        });
    }

    private record Planned(String form, PaperSheet sheet, Map<UUID, List<BigDecimal>> deductions) {
    }

    /** One form checked against the database and the rules; its faults added to {@code problems} (null: faults). */
    private Planned plan(PaperSheetReader.PaperForm form, List<Problem> problems) {
        int before = problems.size();
        String code = form.field("xlsx.template.code");
        Optional<ChecklistTemplate> template = latestVersion(code).map(lookups.templates()::load);
        if (template.isEmpty()) {
            fault(problems, form, Problem.of("problem.paperImport.template", code));
        }
        String providerName = form.field("xlsx.paper.provider");
        Optional<Provider> provider = lookups.reference().providers().stream()
                .filter(p -> p.name().equals(providerName) || providerName.equals(p.shortName())).findFirst();
        if (provider.isEmpty()) {
            fault(problems, form, Problem.of("problem.paperImport.provider", providerName));
        }
        String placeName = form.field("xlsx.paper.place");
        List<Place> places = lookups.reference().places().stream().filter(p -> p.path().equals(placeName)).toList();
        if (places.isEmpty()) {
            places = lookups.reference().places().stream().filter(p -> p.name().equals(placeName)).toList();
        }
        if (places.size() != 1) {
            fault(problems, form, Problem.of("problem.paperImport.place", placeName));
        }
        String inspectorName = form.field("xlsx.paper.inspector");
        Optional<Person> inspector = lookups.reference().people().stream().filter(p -> p.name().equals(inspectorName)).findFirst();
        if (inspector.isEmpty()) {
            fault(problems, form, Problem.of("problem.paperImport.inspector", inspectorName));
        }
        LocalDate date = null;
        LocalTime time = null;
        try {
            date = PaperDates.date(form.field("xlsx.paper.date"));
        } catch (IllegalArgumentException e) {
            fault(problems, form, Problem.of("problem.paperImport.badDate", form.field("xlsx.paper.date")));
        }
        try {
            time = PaperDates.time(form.field("xlsx.paper.time"));
        } catch (IllegalArgumentException e) {
            fault(problems, form, Problem.of("problem.paperImport.badTime", form.field("xlsx.paper.time")));
        }
        Map<UUID, List<BigDecimal>> deductions = new LinkedHashMap<>();
        template.ifPresent(t -> deductions.putAll(deductions(t, form, problems)));
        if (problems.size() > before) {
            return null;
        }
        BackEntryRules.Paper paper = new BackEntryRules.Paper(date, time, inspector.orElseThrow().id());
        try {
            BackEntryRules.startedAt(paper, OffsetDateTime.now(clock), clock.getZone(),
                    lookups.schemes().contracts(provider.orElseThrow().id()).stream().map(Contract::startsOn).toList(),
                    lookups.reference().people());
        } catch (DomainException e) {
            e.problems().forEach(p -> fault(problems, form, p));
            return null;
        }
        return new Planned(form.sheet(), new PaperSheet(template.orElseThrow().id(), provider.orElseThrow().id(),
                places.get(0).id(), InspectionKind.SPOT_CHECK, paper), deductions);
    }

    /** The deduction rows of {@code form} as quantities by item; each bad row reported with its row number. */
    private Map<UUID, List<BigDecimal>> deductions(ChecklistTemplate t, PaperSheetReader.PaperForm form,
                                                   List<Problem> problems) {
        Map<UUID, List<BigDecimal>> out = new LinkedHashMap<>();
        for (PaperSheetReader.Deduction d : form.deductions()) {
            Optional<TemplateItem> item = t.items().filter(i -> i.code().equalsIgnoreCase(d.code())).findFirst();
            try {
                if (item.isEmpty()) {
                    throw new DomainException(Problem.of("problem.backEntry.noItem", d.code()));
                }
                if (out.containsKey(item.get().id())) {
                    throw new DomainException(Problem.of("problem.paperImport.twice", d.code()));
                }
                BigDecimal points;
                try {
                    points = new BigDecimal(d.points().strip());
                } catch (NumberFormatException e) {
                    throw new DomainException(Problem.of("checklist.paper.notANumber", d.code(), d.points()));
                }
                out.put(item.get().id(), PaperDeduction.quantities(item.get(), points));
            } catch (DomainException e) {
                e.problems().forEach(p -> problems.add(Problem.of("problem.xlsx.atRow", form.sheet(),
                        String.valueOf(d.row()), messages.problem(p))));
            }
        }
        return out;
    }

    private void fault(List<Problem> problems, PaperSheetReader.PaperForm form, Problem problem) {
        problems.add(Problem.of("problem.paperImport.sheet", form.sheet(), messages.problem(problem)));
    }

    private Optional<UUID> latestVersion(String code) {
        return lookups.templates().latest().stream().filter(t -> t.code().equals(code == null ? "" : code.strip())).findFirst()
                .map(TemplateRepository.TemplateSummary::versionId);
    }

    /** 完成补录: every item without an answer passes, then the sheet is finished, all in one unit of work. */
    public SheetScore finish(UUID actorId, UUID inspectionId) {
        Inspection sheet = sheets.inspection(inspectionId);
        if (!sheet.backEntered()) {
            throw new DomainException(Problem.of("problem.backEntry.notBackEntered", sheet.displayNumber()));
        }
        return useCases.call(actorId, Permission.BACK_ENTER, AccessContext.draftOf(sheet.inspectorId(), false), actor -> {
            Map<UUID, ItemResult> answered = sheets.results(inspectionId);
            for (TemplateItem item : sheets.template(sheet).items().filter(i -> !answered.containsKey(i.id())).toList()) {
                sheets.answer(sheet, ItemResult.pass(item.id()), actor.id());
            }
            return sheets.finish(sheet, actor.id());
        });
    }
}
