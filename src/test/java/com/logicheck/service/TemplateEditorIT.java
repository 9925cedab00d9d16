package com.logicheck.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.logicheck.app.AppContext;
import com.logicheck.domain.DomainException;
import com.logicheck.domain.Problem;
import com.logicheck.domain.Scores;
import com.logicheck.domain.ServiceLine;
import com.logicheck.domain.inspection.Inspection;
import com.logicheck.domain.inspection.InspectionKind;
import com.logicheck.domain.inspection.ItemResult;
import com.logicheck.domain.org.Person;
import com.logicheck.domain.org.PlaceKind;
import com.logicheck.domain.org.Role;
import com.logicheck.domain.template.ChecklistTemplate;
import com.logicheck.domain.template.DeductionRule;
import com.logicheck.domain.template.TemplateDraft;
import com.logicheck.domain.template.TemplateItem;
import com.logicheck.persistence.InspectionRepository;
import com.logicheck.persistence.TemplateRepository;
import com.logicheck.scoring.SheetScore;
import com.logicheck.service.AccountService.NewAccount;
import com.logicheck.suites.DatabaseTest;
import com.logicheck.suites.MigratedTemplate;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The editor's use cases on a real data folder: publish, draft durability, roles, built-ins, Excel import. */
@DatabaseTest
class TemplateEditorIT {
    @TempDir
    Path dir;

    private record World(AppContext context, Person supervisor, Person inspector, UUID provider, UUID place) {
    }

    private World world(AppContext context) {
        var ref = context.core().reference();
        var org = ref.organisation().orElseGet(() -> ref.createOrganisation("示例县人民医院"));
        Person supervisor = ref.people().stream().filter(p -> p.role() == Role.SUPERVISOR).findFirst()
                .orElseGet(() -> ref.addPerson(org.id(), "王主管", Role.SUPERVISOR, null));
        Person inspector = ref.people().stream().filter(p -> p.role() == Role.INSPECTOR).findFirst()
                .orElseGet(() -> ref.addPerson(org.id(), "张检查", Role.INSPECTOR, null));
        UUID provider = ref.providers().isEmpty() ? ref.addProvider(org.id(), "恒通机电工程有限公司", "恒通").id()
                : ref.providers().get(0).id();
        UUID place = ref.places().isEmpty() ? ref.addPlace(org.id(), null, PlaceKind.AREA, "心内科病区").id()
                : ref.places().get(0).id();
        return new World(context, supervisor, inspector, provider, place);
    }

    @Test
    void publishingVersionTwoLeavesAnExistingSheetOnVersionOneWithTheSameScoreAndNewSheetsTakeVersionTwo() {
        try (AppContext context = AppContext.open(MigratedTemplate.into(dir))) {
            World w = world(context);
            TemplateEditorService editor = context.templateEditing().editor();
            String code = editor.saveAs("hospital-maintenance", null, "本院工程维修考核表", w.supervisor().id());
            ChecklistTemplate v1 = editor.publish(editor.open(code, w.supervisor().id()).draft(), w.supervisor().id());
            assertThat(v1.version()).isEqualTo(1);
            assertThat(v1.title()).isEqualTo("本院工程维修考核表");

            Inspection sheet = context.inspection().service().start(new InspectionRepository.NewInspection(v1.id(),
                    w.provider(), w.place(), w.inspector().id(), InspectionKind.FULL));
            TemplateItem first = v1.items().findFirst().orElseThrow(); // 1.1 每缺一项扣1分；延迟一天扣0.2分, worth 5
            for (TemplateItem item : v1.items().toList()) {
                context.inspection().service().answer(sheet, item == first
                        ? ItemResult.deduct(item.id(), List.of(Scores.of("2"), Scores.of("3")))
                        : ItemResult.pass(item.id()), w.inspector().id());
            }
            SheetScore before = context.inspection().service().finish(context.inspection().service().inspection(sheet.id()),
                    w.inspector().id());
            assertThat(before.total()).isEqualByComparingTo("97.4");

            // v2: 每缺一项 now costs 2 points
            TemplateDraft draft = editor.open(code, w.supervisor().id()).draft();
            TemplateDraft changed = withFirstRulePoints(draft, "2");
            editor.saveDraft(changed, w.supervisor().id());
            ChecklistTemplate v2 = editor.publish(changed, w.supervisor().id());
            assertThat(v2.version()).isEqualTo(2);
            assertThat(v2.items().findFirst().orElseThrow().rules().get(0))
                    .isEqualTo(new DeductionRule.PerOccurrence("每缺一项", Scores.of("2")));

            Inspection reread = context.inspection().service().inspection(sheet.id());
            assertThat(reread.templateVersionId()).isEqualTo(v1.id());
            assertThat(context.inspection().service().score(reread).total()).isEqualByComparingTo(before.total());
            assertThat(context.core().templates().latest()).filteredOn(t -> t.code().equals(code))
                    .extracting(TemplateRepository.TemplateSummary::version).containsExactly(2);
            var entry = editor.list(w.supervisor().id()).stream().filter(e -> e.code().equals(code)).findFirst().orElseThrow();
            assertThat(entry.versions()).extracting(v -> v.version() + ":" + v.sheets()).containsExactly("2:0", "1:1");
            assertThat(entry.hasDraft()).isFalse();
            assertThat(context.inspection().service().score(context.inspection().service().start(new InspectionRepository.NewInspection(
                    v2.id(), w.provider(), w.place(), w.inspector().id(), InspectionKind.FULL))).totalScore())
                    .isEqualByComparingTo("100");
            assertThat(editor.history(code, w.supervisor().id())).extracting(e -> e.action())
                    .containsExactly("PUBLISHED", "PUBLISHED");
        }
    }

    @Test
    void aDraftWithFaultsSurvivesARestartAndCannotBePublished() {
        String code;
        try (AppContext context = AppContext.open(MigratedTemplate.into(dir))) {
            World w = world(context);
            TemplateEditorService editor = context.templateEditing().editor();
            code = editor.create("新食堂检查表", ServiceLine.CANTEEN, w.supervisor().id());
            TemplateDraft draft = editor.open(code, w.supervisor().id()).draft();
            TemplateDraft typed = new TemplateDraft(code, null, draft.title(), draft.serviceLine(), draft.naPolicy(),
                    draft.grades(), "", List.of(new TemplateDraft.Section("证照与人员", "100", List.of(
                    new TemplateDraft.Item("1.1", "健康证持证上岗", "从业人员持有效健康证", "", "4.5x", false, "",
                            List.of(new TemplateDraft.Rule("PER_OCCURRENCE", "每发现一人", "2", "", "", "", "", "")))))));
            editor.saveDraft(typed, w.supervisor().id());
            assertThatThrownBy(() -> editor.publish(typed, w.supervisor().id())).isInstanceOf(DomainException.class)
                    .satisfies(e -> assertThat(((DomainException) e).problems()).contains(
                            Problem.of("problem.editor.number", "4.5x")));
            assertThat(context.core().templates().latest()).noneMatch(t -> t.code().equals(code));
        }
        try (AppContext context = AppContext.open(MigratedTemplate.into(dir))) {
            World w = world(context);
            var opened = context.templateEditing().editor().open(code, w.supervisor().id());
            assertThat(opened.storedDraft()).isTrue();
            assertThat(opened.draft().sections().get(0).items().get(0).maxScore()).isEqualTo("4.5x");
            assertThat(opened.latest()).isEmpty();
        }
    }

    @Test
    void onlySupervisorsAndAdminsChangeTemplatesAndBuiltInsAreReadOnly() {
        try (AppContext context = AppContext.open(MigratedTemplate.into(dir))) {
            World w = world(context);
            TemplateEditorService editor = context.templateEditing().editor();
            assertThatThrownBy(() -> editor.saveAs("hospital-maintenance", null, "x", w.inspector().id()))
                    .satisfies(e -> assertThat(((DomainException) e).first())
                            .isEqualTo(Problem.of("problem.editor.role", w.inspector().name())));
            assertThatThrownBy(() -> editor.setEnabled("hospital-maintenance", false, w.inspector().id()))
                    .isInstanceOf(DomainException.class);
            var opened = editor.open("hospital-maintenance", w.supervisor().id());
            assertThat(opened.builtIn()).isTrue();
            assertThatThrownBy(() -> editor.saveDraft(opened.draft(), w.supervisor().id()))
                    .satisfies(e -> assertThat(((DomainException) e).first().key()).isEqualTo("problem.editor.builtInReadOnly"));
            assertThatThrownBy(() -> editor.publish(opened.draft(), w.supervisor().id())).isInstanceOf(DomainException.class);
            assertThat(context.core().templates().latest()).filteredOn(t -> t.code().equals("hospital-maintenance"))
                    .extracting(TemplateRepository.TemplateSummary::version).containsExactly(1);

            editor.setEnabled("hospital-maintenance", false, w.supervisor().id());
            assertThat(context.core().templates().latest()).noneMatch(t -> t.code().equals("hospital-maintenance"));
            editor.setEnabled("hospital-maintenance", true, w.supervisor().id());
            assertThat(context.core().templates().latest()).anyMatch(t -> t.code().equals("hospital-maintenance"));
        }
    }


    @Test
    void aDeactivatedSupervisorNoLongerEditsTemplates() {
        try (AppContext context = AppContext.open(MigratedTemplate.into(dir))) {
            World w = world(context);
            TemplateEditorService editor = context.templateEditing().editor();
            assertThat(editor.list(w.supervisor().id())).isNotEmpty();
            Person admin = context.accounts().service().create(null, new NewAccount("王主任", "wang", "hq-2026-admin".toCharArray(),
                    Role.ADMIN));
            context.accounts().service().deactivate(admin.id(), w.supervisor().id());
            assertThatThrownBy(() -> editor.list(w.supervisor().id()))
                    .satisfies(e -> assertThat(((DomainException) e).first())
                            .isEqualTo(Problem.of("problem.account.inactive", w.supervisor().name())));
            assertThatThrownBy(() -> editor.open("hospital-maintenance", w.supervisor().id()))
                    .satisfies(e -> assertThat(((DomainException) e).first().key()).isEqualTo("problem.account.inactive"));
        }
    }
    @Test
    void importingAnExportedBuiltInChangesNothingAndAChangedCopyBecomesAnOwnTemplateWithHistory() {
        try (AppContext context = AppContext.open(MigratedTemplate.into(dir))) {
            World w = world(context);
            TemplateEditorService editor = context.templateEditing().editor();
            byte[] book = editor.exportWorkbook(List.of(editor.latest("hospital-environment")));
            var same = editor.importWorkbook(new ByteArrayInputStream(book), "env.xlsx", w.supervisor().id());
            assertThat(same).extracting(TemplateEditorService.Imported::action)
                    .containsExactly(TemplateEditorService.ImportAction.UNCHANGED);

            String code = editor.saveAs("hospital-environment", null, "本院绿化保洁考核表", w.supervisor().id());
            ChecklistTemplate v1 = editor.publish(editor.open(code, w.supervisor().id()).draft(), w.supervisor().id());
            TemplateDraft changed = withFirstRulePoints(TemplateDraft.of(v1, 1), "1");
            ChecklistTemplate edited = changed.toTemplate(1).template();
            var imported = editor.importWorkbook(new ByteArrayInputStream(editor.exportWorkbook(List.of(edited))),
                    "本院.xlsx", w.supervisor().id());
            assertThat(imported).extracting(i -> i.code() + " v" + i.version() + " " + i.action())
                    .containsExactly(code + " v2 PUBLISHED");
            assertThat(editor.latest(code).items().findFirst().orElseThrow().rules().get(0))
                    .isEqualTo(new DeductionRule.PerOccurrence("每发现一处", Scores.of("1")));
            assertThat(editor.history(code, w.supervisor().id()).get(1).detail()).contains("本院.xlsx");
        }
    }

    private static TemplateDraft withFirstRulePoints(TemplateDraft d, String points) {
        List<TemplateDraft.Section> sections = new ArrayList<>(d.sections());
        TemplateDraft.Section s0 = sections.get(0);
        List<TemplateDraft.Item> items = new ArrayList<>(s0.items());
        TemplateDraft.Item i0 = items.get(0);
        List<TemplateDraft.Rule> rules = new ArrayList<>(i0.rules());
        TemplateDraft.Rule r0 = rules.get(0);
        rules.set(0, new TemplateDraft.Rule(r0.type(), r0.label(), points, r0.unit(), r0.unitSize(), r0.min(), r0.max(), r0.step()));
        items.set(0, new TemplateDraft.Item(i0.code(), i0.content(), i0.requirement(), i0.criteria(), i0.maxScore(),
                i0.naAllowed(), i0.remark(), rules));
        sections.set(0, new TemplateDraft.Section(s0.title(), s0.subtotal(), items));
        return new TemplateDraft(d.code(), d.baseVersion(), d.title(), d.serviceLine(), d.naPolicy(), d.grades(), d.source(),
                sections);
    }
}
