package com.logicheck.service;

import com.logicheck.domain.DomainException;
import com.logicheck.domain.Problem;
import com.logicheck.domain.ServiceLine;
import com.logicheck.domain.access.AccessContext;
import com.logicheck.domain.access.Permission;
import com.logicheck.domain.assessment.AssessmentInput;
import com.logicheck.domain.assessment.AssessmentScheme;
import com.logicheck.domain.assessment.ComponentKind;
import com.logicheck.domain.assessment.MonthEnd;
import com.logicheck.domain.assessment.MonthlyAssessment;
import com.logicheck.domain.assessment.PendingCorrections;
import com.logicheck.domain.assessment.SheetExclusion;
import com.logicheck.domain.assessment.SheetInput;
import com.logicheck.domain.assessment.SurveyResponse;
import com.logicheck.domain.assessment.TemplateWeight;
import com.logicheck.domain.inspection.InspectionKind;
import com.logicheck.domain.inspection.InspectionStatus;
import com.logicheck.domain.inspection.ItemResult;
import com.logicheck.domain.org.Contract;
import com.logicheck.domain.org.Provider;
import com.logicheck.domain.template.ChecklistTemplate;
import com.logicheck.persistence.AssessmentMonthRepository;
import com.logicheck.persistence.AssessmentMonthRepository.ClosedMonth;
import com.logicheck.persistence.AssessmentSheets;
import com.logicheck.persistence.IncidentRepository;
import com.logicheck.persistence.MonthInputRepository;
import com.logicheck.persistence.ReferenceRepository;
import com.logicheck.persistence.ReliefRepository;
import com.logicheck.persistence.SchemeRepository;
import com.logicheck.persistence.SurveyRepository;
import com.logicheck.persistence.TemplateRepository;
import com.logicheck.scoring.assessment.MonthlyAssessmentCalculator;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * 月度考核 of one provider and month: finds the contract and the scheme it is assessed under, gathers the month from
 * the database, computes it, and closes or reopens it. A closed month is answered from its frozen result.
 */
public final class AssessmentService {
    private final ReferenceRepository reference;
    private final TemplateRepository templates;
    private final SchemeRepository schemes;
    private final AssessmentSheets sheets;
    private final SurveyRepository surveys;
    private final IncidentRepository incidents;
    private final ReliefRepository reliefs;
    private final AssessmentMonthRepository months;
    private final MonthInputRepository inputs;
    private final MonthlyAssessmentCalculator calculator;
    private final UseCases useCases;
    private final Clock clock;

    public AssessmentService(ReferenceRepository reference, TemplateRepository templates, SchemeRepository schemes,
                             AssessmentSheets sheets, SurveyRepository surveys, IncidentRepository incidents,
                             ReliefRepository reliefs, AssessmentMonthRepository months, MonthInputRepository inputs,
                             MonthlyAssessmentCalculator calculator, UseCases useCases, Clock clock) {
        this.inputs = inputs;
        this.reference = reference;
        this.clock = clock;
        this.useCases = useCases;
        this.templates = templates;
        this.schemes = schemes;
        this.sheets = sheets;
        this.surveys = surveys;
        this.incidents = incidents;
        this.reliefs = reliefs;
        this.months = months;
        this.calculator = calculator;
    }

    /** Who is assessed under which contract and scheme version in the month. */
    public record Target(Provider provider, Contract contract, AssessmentScheme scheme) {
    }

    /** The month's result; {@code closed} is present when it is the frozen result of a closed month. */
    public record MonthResult(MonthlyAssessment assessment, Optional<MonthClosing> closed) {
    }

    /** A closed month (已关账): its frozen result, who closed it and when. */
    public record MonthClosing(UUID id, MonthlyAssessment assessment, String closedBy, OffsetDateTime closedAt) {
        static Optional<MonthClosing> of(Optional<ClosedMonth> c) {
            return c.map(m -> new MonthClosing(m.id(), m.assessment(), m.closedBy(), m.closedAt()));
        }
    }

    /** The provider's contract of the month that has a scheme attached; refuses clearly when there is none. */
    public Target target(UUID providerId, YearMonth month) {
        Provider provider = reference.providers().stream().filter(p -> p.id().equals(providerId)).findFirst()
                .orElseThrow(() -> new DomainException(Problem.of("problem.assess.unknownProvider", providerId.toString())));
        List<Contract> contracts = schemes.contracts(providerId, month);
        if (contracts.isEmpty()) {
            throw new DomainException(Problem.of("problem.assess.noContract", provider.name(), month.toString()));
        }
        for (Contract c : contracts) {
            Optional<UUID> scheme = schemes.schemeFor(c.id(), month);
            if (scheme.isPresent()) {
                return new Target(provider, c, schemes.load(scheme.get()));
            }
        }
        throw new DomainException(Problem.of("problem.assess.noScheme", provider.name(), contracts.get(0).title(),
                month.toString()));
    }

    /** Everything the calculation needs, read from the database. */
    public AssessmentInput gather(UUID providerId, YearMonth month) {
        Target t = target(providerId, month);
        AssessmentScheme scheme = t.scheme();
        Set<InspectionStatus> statuses = scheme.sheets().statuses();
        List<ChecklistTemplate> all = schemeTemplates(scheme);
        List<AssessmentSheets.SheetRow> candidates = candidates(providerId, month, scheme);
        Set<UUID> taken = taken(candidates, scheme);
        List<AssessmentSheets.SheetRow> rows = candidates.stream().filter(r -> taken.contains(r.id())).toList();
        List<UUID> ids = rows.stream().map(AssessmentSheets.SheetRow::id).toList();
        Map<UUID, Map<UUID, ItemResult>> results = sheets.results(ids);
        var exemptions = reliefs.exemptions(ids);
        var appeals = reliefs.appeals(ids);
        List<SheetInput> inputs = rows.stream().map(r -> new SheetInput(r.id(), templates.load(r.templateVersionId()),
                r.kind(), r.status(), r.date(), r.place(), r.inspector(), results.getOrDefault(r.id(), Map.of()), r.score(),
                exemptions.getOrDefault(r.id(), List.of()), appeals.getOrDefault(r.id(), List.of()),
                r.status() == InspectionStatus.SUPERSEDED)).toList();
        LocalDate quarterStart = YearMonth.of(month.getYear(), (month.getMonthValue() - 1) / 3 * 3 + 1).atDay(1);
        List<ChecklistTemplate> counted = all.stream()
                .filter(x -> t.contract().serviceLines().isEmpty() || t.contract().serviceLines().contains(x.serviceLine()))
                .toList();
        return new AssessmentInput(providerId, t.provider().name(), month, scheme, all,
                t.contract().serviceLines(), t.contract().performanceBond(), inputs, surveys.responses(providerId, month),
                surveys.thirdParty(providerId, month).orElse(null), incidents.complaints(providerId, month),
                incidents.vetoEvents(providerId, month),
                sheets.occasions(providerId, quarterStart, month.atEndOfMonth(), statuses,
                        counted.stream().map(ChecklistTemplate::code).toList()),
                months.history(t.contract().id(), month), t.contract().startsOn(),
                this.inputs.scores(providerId, month));
    }

    /** Every sheet of the month on one of the scheme's templates, any status. */
    private List<AssessmentSheets.SheetRow> candidates(UUID providerId, YearMonth month, AssessmentScheme scheme) {
        return sheets.sheets(providerId, month.atDay(1), month.atEndOfMonth(), EnumSet.allOf(InspectionStatus.class),
                inspectedCodes(scheme));
    }

    private static Set<UUID> taken(List<AssessmentSheets.SheetRow> candidates, AssessmentScheme scheme) {
        return PendingCorrections.taken(candidates.stream().map(r -> new PendingCorrections.Sheet(r.id(),
                r.supersedesId(), r.status())).toList(), scheme.sheets());
    }

    /** A sheet on one of the scheme's templates that the month leaves out, with why ({@link SheetExclusion}). */
    public record ExcludedSheet(UUID inspectionId, LocalDate date, String template, String place, String inspector,
                                InspectionKind kind, InspectionStatus status, SheetExclusion reason) {
    }

    /**
     * 未计入的检查表: the month's sheets on the scheme's templates that do not count, each with the reason the
     * calculator leaves it out (decided by {@link SheetExclusion} on the same selection), oldest first.
     */
    public List<ExcludedSheet> excluded(UUID providerId, YearMonth month) {
        Target t = target(providerId, month);
        List<AssessmentSheets.SheetRow> candidates = candidates(providerId, month, t.scheme());
        Set<UUID> taken = taken(candidates, t.scheme());
        Set<ServiceLine> lines = t.contract().serviceLines();
        List<ExcludedSheet> out = new ArrayList<>();
        for (AssessmentSheets.SheetRow r : candidates) {
            ChecklistTemplate template = templates.load(r.templateVersionId());
            boolean inContract = lines.isEmpty() || lines.contains(template.serviceLine());
            SheetExclusion.of(r.status(), r.kind(), taken.contains(r.id()), inContract, t.scheme().sheets())
                    .ifPresent(why -> out.add(new ExcludedSheet(r.id(), r.date(), template.title(), r.place(),
                            r.inspector(), r.kind(), r.status(), why)));
        }
        return out;
    }

    /** 有更正待签: the open correction (the newer revision) of a sheet the month still counts as signed, if any. */
    public Optional<UUID> correctionOf(UUID sheetId) {
        return sheets.correctionOf(sheetId);
    }

    /** The month as it stands now, computed afresh (even if closed). */
    public MonthlyAssessment compute(UUID providerId, YearMonth month) {
        return calculator.assess(gather(providerId, month));
    }

    /**
     * The month as the entry screens see it: everything entered ({@code input}), the result it gives now
     * ({@code live}, even when closed) and the frozen result when the month is closed. One read of the database.
     */
    public record MonthState(AssessmentInput input, MonthlyAssessment live, Optional<MonthClosing> closed) {
        public boolean isClosed() {
            return closed.isPresent();
        }
    }

    public MonthState state(UUID providerId, YearMonth month) {
        AssessmentInput input = gather(providerId, month);
        return new MonthState(input, calculator.assess(input), MonthClosing.of(months.closed(providerId, month)));
    }

    /**
     * The month as it would compute with {@code survey} as its responses (a survey import's preview): nothing is
     * written. {@code keep} keeps the responses already entered beside them.
     */
    public MonthlyAssessment computeWithSurvey(UUID providerId, YearMonth month, List<SurveyResponse> survey,
                                               boolean keep) {
        AssessmentInput in = gather(providerId, month);
        List<SurveyResponse> all = new ArrayList<>(keep ? in.survey() : List.of());
        all.addAll(survey);
        return calculator.assess(new AssessmentInput(in.providerId(), in.providerName(), in.month(), in.scheme(),
                in.schemeTemplates(), in.contractLines(), in.performanceBond(), in.sheets(), all, in.thirdParty(),
                in.complaints(), in.vetoEvents(), in.quarterOccasions(), in.history(), in.contractStart(),
                in.scores()));
    }

    /** The frozen result when the month is closed, otherwise the month computed now. */
    public MonthResult assess(UUID providerId, YearMonth month) {
        Optional<MonthClosing> closed = MonthClosing.of(months.closed(providerId, month));
        return closed.map(c -> new MonthResult(c.assessment(), closed))
                .orElseGet(() -> new MonthResult(compute(providerId, month), Optional.empty()));
    }

    /**
     * Freezes the month's result; refused for an incomplete month and for anyone but a supervisor. One unit of work:
     * the result frozen is the one computed from what the transaction reads.
     */
    public MonthlyAssessment close(UUID providerId, YearMonth month, UUID actorId) {
        return close(providerId, month, false, null, actorId);
    }

    /**
     * {@link #close(UUID, YearMonth, UUID)}, and before the month has ended (by the injected clock) only when
     * {@code force}d with a reason, which is kept with the closing; refused otherwise, nothing written.
     */
    public MonthlyAssessment close(UUID providerId, YearMonth month, boolean force, String reason, UUID actorId) {
        return useCases.inTransaction(() -> {
            Target t = target(providerId, month);
            MonthlyAssessment result = compute(providerId, month);
            if (!result.complete()) {
                throw new DomainException(Problem.of("problem.month.incomplete", month.toString()));
            }
            useCases.require(actorId, Permission.CLOSE_MONTH, AccessContext.NONE);
            String early = MonthEnd.requireClosable(month, LocalDate.now(clock), force, reason);
            months.close(t.contract().id(), result, early, actorId);
            return result;
        });
    }

    /** Makes a closed month live again; a supervisor must say why. */
    public void reopen(UUID providerId, YearMonth month, String reason, UUID actorId) {
        if (reason == null || reason.isBlank()) {
            throw new DomainException(Problem.of("problem.month.reopenReason"));
        }
        useCases.run(actorId, Permission.CLOSE_MONTH, () -> months.reopen(providerId, month, reason, actorId));
    }

    /**
     * The frozen totals of the provider's closed months from {@code first} to {@code last}, read as they were frozen
     * (never recomputed); a month that is not closed is not in the map.
     */
    public Map<YearMonth, Optional<BigDecimal>> closedTotals(UUID providerId, YearMonth first, YearMonth last) {
        Map<YearMonth, Optional<BigDecimal>> out = new LinkedHashMap<>();
        months.closedTotals(providerId, first, last).forEach(c -> out.put(c.month(), Optional.ofNullable(c.total())));
        return out;
    }

    public List<AssessmentMonthRepository.Closing> closings(UUID providerId, YearMonth month) {
        return months.closings(providerId, month);
    }

    /** The codes of the templates whose sheets the scheme's inspection component counts. */
    private static List<String> inspectedCodes(AssessmentScheme scheme) {
        return scheme.component(ComponentKind.INSPECTION).map(c -> c.templates().stream()
                .map(TemplateWeight::templateCode).toList()).orElse(List.of());
    }

    private List<ChecklistTemplate> schemeTemplates(AssessmentScheme scheme) {
        List<String> codes = inspectedCodes(scheme);
        return templates.latest().stream().filter(s -> codes.contains(s.code()))
                .map(s -> templates.load(s.versionId())).toList();
    }
}
