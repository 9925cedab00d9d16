package com.logicheck.domain.template;

import com.logicheck.domain.DomainException;
import com.logicheck.domain.Problem;
import com.logicheck.domain.Scores;
import com.logicheck.domain.ServiceLine;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * 工作副本: a template being edited, kept exactly as typed — numbers as text, so "0." or "abc" survives a
 * restart and is shown back with its message instead of being lost. {@link #toTemplate} builds the template the
 * scorer and the checks see; {@link #of} turns a published version into a working copy.
 */
public record TemplateDraft(String code, Integer baseVersion, String title, ServiceLine serviceLine, NaPolicy naPolicy,
                            String grades, String source, List<Section> sections) {
    public TemplateDraft {
        sections = sections == null ? List.of() : List.copyOf(sections);
    }

    /** 项目 as typed. */
    public record Section(String title, String subtotal, List<Item> items) {
        public Section {
            items = items == null ? List.of() : List.copyOf(items);
        }
    }

    /** One line as typed. */
    public record Item(String code, String content, String requirement, String criteria, String maxScore,
                       boolean naAllowed, String remark, List<Rule> rules) {
        public Item {
            rules = rules == null ? List.of() : List.copyOf(rules);
        }
    }

    /** One clause as typed; {@code type} is PER_OCCURRENCE, PER_UNIT or RANGE. */
    public record Rule(String type, String label, String points, String unit, String unitSize, String min, String max,
                       String step) {
    }

    /** The template built from the draft, and the fields that are not numbers (0 is used for them). */
    public record Built(ChecklistTemplate template, List<PublishChecks.Finding> numberProblems) {
    }

    public static TemplateDraft of(ChecklistTemplate t, Integer baseVersion) {
        return new TemplateDraft(t.code(), baseVersion, t.title(), t.serviceLine(), t.naPolicy(),
                GradeBandsText.print(t.gradeBands()), t.source(), t.sections().stream().map(s -> new Section(s.title(),
                        f(s.subtotal()), s.items().stream().map(i -> new Item(i.code(), i.content(), i.requirement(),
                        i.criteria(), f(i.maxScore()), i.naAllowed(), i.remark(),
                        i.rules().stream().map(TemplateDraft::rule).toList())).toList())).toList());
    }

    private static Rule rule(DeductionRule r) {
        if (r instanceof DeductionRule.PerOccurrence p) {
            return new Rule("PER_OCCURRENCE", p.label(), f(p.points()), "", "", "", "", "");
        } else if (r instanceof DeductionRule.PerUnit u) {
            return new Rule("PER_UNIT", u.label(), f(u.points()), u.unit(), f(u.unitSize()), "", "", "");
        }
        DeductionRule.Range g = (DeductionRule.Range) r;
        return new Rule("RANGE", g.label(), "", "", "", f(g.min()), f(g.max()), f(g.step()));
    }

    /** Builds the template as version {@code version}; a blank 评分标准 takes the printed form of the rules. */
    public Built toTemplate(int version) {
        String c = code == null || code.isBlank() ? "draft" : code;
        List<PublishChecks.Finding> bad = new ArrayList<>();
        GradeBands bands;
        try {
            bands = GradeBandsText.parse(grades);
        } catch (DomainException e) {
            bands = GradeBands.DEFAULT;
            e.problems().forEach(p -> bad.add(new PublishChecks.Finding(true, p, -1, -1)));
        }
        List<TemplateSection> built = new ArrayList<>();
        for (int s = 0; s < sections.size(); s++) {
            Section section = sections.get(s);
            List<TemplateItem> items = new ArrayList<>();
            for (int i = 0; i < section.items().size(); i++) {
                Item item = section.items().get(i);
                String itemCode = item.code() == null ? "" : item.code().strip();
                int si = s;
                int ii = i;
                List<DeductionRule> rules = item.rules().stream().map(r -> rule(r, bad, si, ii)).toList();
                String criteria = item.criteria() == null || item.criteria().isBlank() ? CriteriaPhrases.print(rules)
                        : item.criteria().strip();
                items.add(new TemplateItem(ChecklistTemplate.itemId(c, version, itemCode), itemCode, strip(item.content()),
                        strip(item.requirement()), criteria, number(item.maxScore(), bad, s, i), item.naAllowed(),
                        strip(item.remark()), rules));
            }
            built.add(new TemplateSection(strip(section.title()), number(section.subtotal(), bad, s, -1), items));
        }
        ChecklistTemplate t = new ChecklistTemplate(ChecklistTemplate.versionId(c, version), c, version, strip(title),
                serviceLine == null ? ServiceLine.PROPERTY : serviceLine, source == null ? "" : source.strip(),
                PublishChecks.TOTAL, naPolicy == null ? NaPolicy.RESCALE : naPolicy, bands, built);
        return new Built(t, bad);
    }

    /** Number problems first, then the publish checks: what the editor lists. */
    public List<PublishChecks.Finding> check() {
        Built built = toTemplate(1);
        List<PublishChecks.Finding> all = new ArrayList<>(built.numberProblems());
        all.addAll(PublishChecks.check(built.template()));
        return all;
    }

    private static DeductionRule rule(Rule r, List<PublishChecks.Finding> bad, int s, int i) {
        String label = strip(r.label());
        String type = r.type() == null ? "PER_OCCURRENCE" : r.type();
        return switch (type) {
            case "PER_UNIT" -> new DeductionRule.PerUnit(label, strip(r.unit()), number(r.unitSize(), bad, s, i),
                    number(r.points(), bad, s, i));
            case "RANGE" -> new DeductionRule.Range(label, number(r.min(), bad, s, i), number(r.max(), bad, s, i),
                    r.step() == null || r.step().isBlank() ? Scores.of("0.5") : number(r.step(), bad, s, i));
            default -> new DeductionRule.PerOccurrence(label, number(r.points(), bad, s, i));
        };
    }

    private static BigDecimal number(String text, List<PublishChecks.Finding> bad, int s, int i) {
        String t = text == null ? "" : text.strip();
        try {
            return Scores.of(t);
        } catch (NumberFormatException e) {
            bad.add(new PublishChecks.Finding(true, Problem.of("problem.editor.number", t), s, i));
            return Scores.of("0");
        }
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }

    private static String f(BigDecimal value) {
        return value == null ? "" : Scores.format(value);
    }
}
