package com.logicheck.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.logicheck.app.AppContext;
import com.logicheck.domain.DomainException;
import com.logicheck.domain.inspection.Inspection;
import com.logicheck.domain.inspection.InspectionKind;
import com.logicheck.domain.inspection.InspectionStatus;
import com.logicheck.domain.inspection.ItemResult;
import com.logicheck.domain.inspection.Outcome;
import com.logicheck.domain.org.Person;
import com.logicheck.domain.org.PlaceKind;
import com.logicheck.domain.org.Role;
import com.logicheck.domain.template.ChecklistTemplate;
import com.logicheck.domain.template.TemplateItem;
import com.logicheck.scoring.SheetScore;
import com.logicheck.service.InspectionService;
import com.logicheck.suites.DatabaseTest;
import com.logicheck.suites.TestStore;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A sheet on the hospital's 工程维修 template, on a real H2 file with the real migrations. */
@DatabaseTest
class InspectionLifecycleIT {
    @TempDir
    Path dir;

    /** Where the test folders keep their database; the PostgreSQL subclass runs the same tests there (ADR 0038). */
    TestStore store() {
        return TestStore.H2;
    }

    static Inspection startMaintenanceSheet(AppContext c) {
        Person inspector = c.core().currentUser().get();
        UUID org = c.core().reference().organisation().orElseThrow().id();
        var site = c.core().reference().addPlace(org, null, PlaceKind.SITE, "东院区");
        var ward = c.core().reference().addPlace(org, site, PlaceKind.AREA, "心内科病区");
        var provider = c.core().reference().addProvider(org, "恒通机电工程有限公司", "恒通机电");
        UUID template = c.core().templates().latest().stream().filter(t -> t.code().equals("hospital-maintenance"))
                .findFirst().orElseThrow().versionId();
        return c.inspection().service().start(new InspectionRepository.NewInspection(template, provider.id(), ward.id(),
                inspector.id(), InspectionKind.FULL));
    }

    static TemplateItem itemWithRules(ChecklistTemplate t, int rules) {
        return t.items().filter(i -> i.rules().size() == rules).findFirst().orElseThrow();
    }

    @Test
    void answersAreStoredScoredAndRecordedInTheHistory() {
        try (AppContext c = store().open(dir)) {
            InspectionService service = c.inspection().service();
            Inspection sheet = startMaintenanceSheet(c);
            ChecklistTemplate t = service.template(sheet);
            UUID actor = sheet.inspectorId();
            TemplateItem twoRules = itemWithRules(t, 2); // 每缺一项扣1分，延迟一天扣0.2分
            BigDecimal deduction = service.answer(sheet, ItemResult.deduct(twoRules.id(),
                    List.of(new BigDecimal("1"), new BigDecimal("3"))).withNote("缺每月学习记录，迟交三天"), actor);
            assertThat(deduction).isEqualByComparingTo("1.6");

            Map<UUID, ItemResult> results = c.inspection().inspections().results(sheet.id());
            assertThat(results.get(twoRules.id()).note()).isEqualTo("缺每月学习记录，迟交三天");
            assertThat(results.get(twoRules.id()).quantities()).extracting(BigDecimal::toPlainString).containsExactly("1", "3");

            SheetScore score = service.score(sheet);
            assertThat(score.total()).isEqualByComparingTo("98.4");
            assertThat(c.inspection().inspections().history(sheet.id())).extracting(ChangeLog.Entry::action)
                    .containsExactly("CREATED", "ANSWERED");
        }
    }

    @Test
    void finishingIsRefusedWhileItemsAreUnansweredThenTheSheetIsLocked() {
        try (AppContext c = store().open(dir)) {
            InspectionService service = c.inspection().service();
            Inspection sheet = startMaintenanceSheet(c);
            ChecklistTemplate t = service.template(sheet);
            UUID actor = sheet.inspectorId();
            service.answer(sheet, ItemResult.pass(t.items().findFirst().orElseThrow().id()), actor);
            assertThatThrownBy(() -> service.finish(sheet, actor)).isInstanceOf(DomainException.class)
                    .satisfies(e -> assertThat(((DomainException) e).first().args()).containsExactly(t.itemCount() - 1));

            t.items().forEach(i -> service.answer(sheet, ItemResult.pass(i.id()), actor));
            SheetScore finished = service.finish(sheet, actor);
            assertThat(finished.total()).isEqualByComparingTo("100");
            assertThat(c.inspection().inspections().find(sheet.id()).orElseThrow().status()).isEqualTo(InspectionStatus.FINISHED);

            TemplateItem first = t.items().findFirst().orElseThrow();
            assertThatThrownBy(() -> service.answer(sheet, ItemResult.notApplicable(first.id()), actor))
                    .isInstanceOf(DomainException.class);
            assertThat(c.inspection().inspections().results(sheet.id()).get(first.id()).outcome())
                    .isEqualTo(Outcome.PASS);
            assertThat(c.inspection().inspections().recent(10)).extracting(InspectionRepository.InspectionRow::id).contains(sheet.id());
        }
    }

    @Test
    void badQuantitiesAndForbiddenNotApplicableLeaveTheLastGoodAnswer() {
        try (AppContext c = store().open(dir)) {
            InspectionService service = c.inspection().service();
            Inspection sheet = startMaintenanceSheet(c);
            ChecklistTemplate t = service.template(sheet);
            UUID actor = sheet.inspectorId();
            TemplateItem item = itemWithRules(t, 2);
            service.answer(sheet, ItemResult.deduct(item.id(), List.of(BigDecimal.ONE, BigDecimal.ZERO)), actor);
            assertThatThrownBy(() -> service.answer(sheet, ItemResult.deduct(item.id(),
                    List.of(new BigDecimal("-2"), BigDecimal.ZERO)), actor)).isInstanceOf(DomainException.class);
            TemplateItem noNa = t.items().filter(i -> !i.naAllowed()).findFirst().orElseThrow();
            assertThatThrownBy(() -> service.answer(sheet, ItemResult.notApplicable(noNa.id()), actor))
                    .isInstanceOf(DomainException.class)
                    .satisfies(e -> assertThat(((DomainException) e).first().key()).isEqualTo("problem.item.naNotAllowed"));
            assertThat(c.inspection().inspections().results(sheet.id()).get(item.id()).quantities())
                    .extracting(BigDecimal::intValue).containsExactly(1, 0);
        }
    }

    @Test
    void anAnswerCanBeTakenBack() {
        try (AppContext c = store().open(dir)) {
            Inspection sheet = startMaintenanceSheet(c);
            TemplateItem first = c.inspection().service().template(sheet).items().findFirst().orElseThrow();
            c.inspection().service().answer(sheet, ItemResult.pass(first.id()), sheet.inspectorId());
            c.inspection().service().clear(sheet, first.id(), sheet.inspectorId());
            assertThat(c.inspection().inspections().results(sheet.id())).isEmpty();
            assertThat(c.inspection().inspections().history(sheet.id())).extracting(ChangeLog.Entry::action)
                    .containsExactly("CREATED", "ANSWERED", "CLEARED");
        }
    }

    @Test
    void anAdministratorIsRefusedAnotherPersonsDraftAndWithTheSettingOffIsRecordedAsThemselves() {
        try (AppContext c = store().open(dir)) {
            InspectionService service = c.inspection().service();
            Inspection sheet = startMaintenanceSheet(c);
            UUID org = c.core().reference().organisation().orElseThrow().id();
            Person admin = c.core().reference().addPerson(org, "王芳", Role.ADMIN, null);
            TemplateItem first = service.template(sheet).items().findFirst().orElseThrow();
            assertThatThrownBy(() -> service.answer(sheet, ItemResult.pass(first.id()), admin.id()))
                    .isInstanceOfSatisfying(DomainException.class, e -> {
                        assertThat(e.first().key()).isEqualTo("problem.duties.othersDraft");
                        assertThat(e.first().args()).containsExactly("王芳");
                    });
            service.answer(sheet, ItemResult.pass(first.id()), sheet.inspectorId());
            assertThatThrownBy(() -> service.clear(sheet, first.id(), admin.id())).isInstanceOf(DomainException.class);
            assertThatThrownBy(() -> service.finish(sheet, admin.id())).isInstanceOfSatisfying(DomainException.class,
                    e -> assertThat(e.first().key()).isEqualTo("problem.duties.othersDraft"));
            assertThat(c.inspection().inspections().results(sheet.id())).containsOnlyKeys(first.id());
            assertThat(c.inspection().inspections().history(sheet.id())).extracting(ChangeLog.Entry::action)
                    .containsExactly("CREATED", "ANSWERED");

            c.settings().organisation().separationOfDuties(admin.id(), false);
            service.clear(sheet, first.id(), admin.id());
            assertThat(c.inspection().inspections().results(sheet.id())).isEmpty();
            assertThat(c.inspection().inspections().history(sheet.id())).last()
                    .satisfies(e -> assertThat(e.actorId()).isEqualTo(admin.id()));
        }
    }
}
