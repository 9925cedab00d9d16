package com.logicheck.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.logicheck.app.AppContext;
import com.logicheck.app.TestContexts;
import com.logicheck.domain.DomainException;
import com.logicheck.domain.Problem;
import com.logicheck.domain.ServiceLine;
import com.logicheck.domain.access.AccessPolicy;
import com.logicheck.domain.access.Permission;
import com.logicheck.domain.inspection.InspectionKind;
import com.logicheck.domain.org.Contract;
import com.logicheck.domain.org.Person;
import com.logicheck.domain.org.Place;
import com.logicheck.domain.org.PlaceKind;
import com.logicheck.domain.org.Role;
import com.logicheck.persistence.ChangeLog;
import com.logicheck.persistence.InspectionRepository;
import com.logicheck.persistence.ReferenceEditing.PlaceEntry;
import com.logicheck.service.ReferenceData.ContractForm;
import com.logicheck.service.ReferenceRows.PlaceLine;
import com.logicheck.service.ReferenceRows.ProviderLine;
import com.logicheck.suites.DatabaseTest;
import com.logicheck.suites.MigratedTemplate;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 基础资料 on a real H2 file with the real migrations: each rule, and that bad input changes nothing. */
@DatabaseTest
class ReferenceDataIT {
    @TempDir
    Path dir;
    @TempDir
    Path files;
    AppContext c;
    ReferenceData data;
    Person admin;
    Person inspector;
    Person supervisor;

    @BeforeEach
    void setUp() {
        c = TestContexts.open(MigratedTemplate.into(dir), OrganisationSetupIT.CLOCK);
        admin = c.accounts().setup().complete(new OrganisationSetup.Plan("神木县医院", null, "王主任", "wang",
                "hq-2026-admin".toCharArray(), List.of(
                        new PlaceLine("东院区", "住院部1号楼", "5层", "心内科病区"),
                        new PlaceLine("东院区", "住院部1号楼", "6层", "呼吸科病区"),
                        new PlaceLine("西院区", "", "", "锅炉房")),
                List.of(new ProviderLine("康洁物业服务有限公司", "康洁物业", Set.of(ServiceLine.ENVIRONMENT))), Set.of()));
        inspector = c.accounts().service().create(admin.id(), new AccountService.NewAccount("李检查", "li", "li-2026-pass".toCharArray(),
                Role.INSPECTOR));
        supervisor = c.accounts().service().create(admin.id(), new AccountService.NewAccount("赵主管", "zhao",
                "zhao-2026-pass".toCharArray(), Role.SUPERVISOR));
        data = c.referenceData().service();
    }

    @AfterEach
    void close() {
        c.close();
    }

    Place place(String path) {
        return data.places().stream().map(PlaceEntry::place).filter(p -> p.path().equals(path)).findFirst().orElseThrow();
    }

    boolean active(String path) {
        return data.places().stream().filter(e -> e.place().path().equals(path)).findFirst().orElseThrow().active();
    }

    Contract contract() {
        return data.providers().get(0).contracts().get(0);
    }

    static List<String> keys(Throwable e) {
        return ((DomainException) e).problems().stream().map(Problem::key).toList();
    }

    @Test
    void aReferencedPlaceCannotBeDeletedOnlyDeactivatedAndThenLeavesTheNewInspectionSearch() {
        Place ward = place("东院区 / 住院部1号楼 / 5层 / 心内科病区");
        var template = c.core().templates().latest().get(0);
        c.inspection().service().start(new InspectionRepository.NewInspection(template.versionId(),
                data.providers().get(0).provider().id(), ward.id(), inspector.id(), InspectionKind.SPOT_CHECK));

        assertThatThrownBy(() -> data.deletePlace(supervisor.id(), ward.id()))
                .satisfies(e -> assertThat(keys(e)).containsExactly("problem.refdata.placeInUse"));
        assertThat(c.core().reference().place(ward.id())).isPresent();

        assertThat(data.deactivatePlace(supervisor.id(), ward)).isEqualTo(1);
        assertThat(active(ward.path())).isFalse();
        // what 新建检查 loads and searches: 心内 finds nothing any more, 呼吸 still does
        List<Place> offered = c.core().reference().places();
        assertThat(offered).extracting(Place::id).doesNotContain(ward.id());
        assertThat(offered.stream().filter(p -> p.path().contains("心内"))).isEmpty();
        assertThat(offered.stream().filter(p -> p.path().contains("呼吸"))).hasSize(1);
        // the old sheet still names it
        assertThat(c.inspection().inspections().drafts().get(0).placePath()).isEqualTo(ward.path());
        assertThat(data.history("place", ward.id()))
                .extracting(ChangeLog.Entry::action).containsExactly("DEACTIVATED");
    }

    @Test
    void anUnusedPlaceIsDeletedButNotOneWithPlacesBelowIt() {
        Place building = place("东院区 / 住院部1号楼");
        assertThatThrownBy(() -> data.deletePlace(admin.id(), building.id()))
                .satisfies(e -> assertThat(keys(e)).containsExactly("problem.refdata.placeHasChildren"));
        Place boiler = place("西院区 / 锅炉房");
        data.deletePlace(admin.id(), boiler.id());
        assertThat(c.core().reference().place(boiler.id())).isEmpty();
    }

    @Test
    void deactivatingABuildingHidesItsFloorsAndUndoBringsBackExactlyThose() {
        Place sixth = place("东院区 / 住院部1号楼 / 6层");
        data.deactivatePlace(admin.id(), sixth);
        Place building = place("东院区 / 住院部1号楼");
        assertThat(data.deactivatePlace(admin.id(), building)).isEqualTo(3); // building, 5层, 心内科病区 (6层 and its ward were hidden already)
        assertThat(c.core().reference().places()).extracting(Place::path).allMatch(p -> !p.contains("住院部1号楼"));
        assertThatThrownBy(() -> data.activatePlace(admin.id(), sixth))
                .satisfies(e -> assertThat(keys(e)).containsExactly("problem.refdata.parentInactive"));

        data.undo(admin.id());

        assertThat(active("东院区 / 住院部1号楼")).isTrue();
        assertThat(active("东院区 / 住院部1号楼 / 5层 / 心内科病区")).isTrue();
        assertThat(active("东院区 / 住院部1号楼 / 6层")).isFalse(); // hidden before the building was, stays hidden
    }

    @Test
    void addAndRenameKeepPathsAndKindsAndRefuseBadNames() {
        Place building = place("东院区 / 住院部1号楼");
        Place floor = data.addPlace(admin.id(), building.id(), "7层");
        assertThat(floor.kind()).isEqualTo(PlaceKind.FLOOR);
        assertThat(floor.path()).isEqualTo("东院区 / 住院部1号楼 / 7层");
        Place ward = data.addPlace(admin.id(), floor.id(), "神经内科病区");
        assertThatThrownBy(() -> data.addPlace(admin.id(), ward.id(), "护士站"))
                .satisfies(e -> assertThat(keys(e)).containsExactly("problem.refdata.placeTooDeep"));
        assertThatThrownBy(() -> data.addPlace(admin.id(), building.id(), "5层"))
                .satisfies(e -> assertThat(keys(e)).containsExactly("problem.refdata.placeExists"));
        assertThatThrownBy(() -> data.addPlace(admin.id(), building.id(), "  "))
                .satisfies(e -> assertThat(keys(e)).containsExactly("problem.refdata.placeNameEmpty"));
        assertThatThrownBy(() -> data.renamePlace(admin.id(), building.id(), "1/2号楼"))
                .satisfies(e -> assertThat(keys(e)).containsExactly("problem.refdata.placeNameSlash"));

        data.renamePlace(admin.id(), building.id(), "住院部一号楼");

        assertThat(place("东院区 / 住院部一号楼 / 7层 / 神经内科病区").id()).isEqualTo(ward.id());
        assertThat(data.places()).extracting(e -> e.place().path()).noneMatch(p -> p.contains("住院部1号楼"));
        data.undo(admin.id());
        assertThat(place("东院区 / 住院部1号楼 / 7层 / 神经内科病区").id()).isEqualTo(ward.id());
        assertThatThrownBy(() -> data.undo(admin.id()))
                .satisfies(e -> assertThat(keys(e)).containsExactly("problem.refdata.nothingToUndo"));
    }

    @Test
    void anInspectorMayLookButNotChangeAnything() {
        Place ward = place("西院区 / 锅炉房");
        assertThat(AccessPolicy.allows(Role.INSPECTOR, Permission.EDIT_REFERENCE_DATA)).isFalse();
        assertThat(AccessPolicy.allows(Role.SUPERVISOR, Permission.EDIT_REFERENCE_DATA)).isTrue();
        for (Runnable attempt : List.<Runnable>of(
                () -> data.addPlace(inspector.id(), null, "北院区"),
                () -> data.renamePlace(inspector.id(), ward.id(), "锅炉房A"),
                () -> data.deactivatePlace(inspector.id(), ward),
                () -> data.deletePlace(inspector.id(), ward.id()),
                () -> data.renameProvider(inspector.id(), contract().providerId(), "别的公司", ""),
                () -> data.saveContract(inspector.id(), form("10000", "50000", LocalDate.of(2026, 11, 1), null)))) {
            assertThatThrownBy(attempt::run)
                    .satisfies(e -> assertThat(keys(e)).containsExactly("problem.refdata.notAllowed"));
        }
        assertThat(data.places()).hasSize(8).allMatch(PlaceEntry::active);
        assertThat(contract().monthlyFee()).isEqualByComparingTo("0");
    }

    @Test
    void schemeAttachByAnInspectorIsRefusedAndBySupervisorMakesTheWizardProviderAssessable() {
        UUID hospital = data.schemes().stream().filter(s -> s.code().equals("hospital-1000")).findFirst().orElseThrow()
                .versionId();
        YearMonth nov = YearMonth.of(2026, 11);
        assertThatThrownBy(() -> data.attachScheme(inspector.id(), contract().id(), hospital, nov))
                .satisfies(e -> assertThat(keys(e)).containsExactly("problem.scheme.attachNotAllowed"));
        assertThat(data.schemeFor(contract().id(), nov)).isEmpty();

        data.attachScheme(supervisor.id(), contract().id(), hospital, nov);

        assertThat(data.schemeFor(contract().id(), nov)).contains(hospital);
        var month = c.assessment().service().assess(data.providers().get(0).provider().id(), nov);
        assertThat(month).isNotNull();
    }

    ContractForm form(String fee, String bond, LocalDate start, LocalDate end) {
        Contract k = contract();
        return new ContractForm(k.id(), k.providerId(), k.title(), k.serviceLines(), fee, bond, start, end);
    }

    @Test
    void contractDatesAndAmountsAreRefusedWithEveryProblemAndNothingChanges() {
        Contract before = contract();
        assertThatThrownBy(() -> data.saveContract(admin.id(),
                form("-1", "五万", LocalDate.of(2026, 11, 1), LocalDate.of(2026, 10, 31))))
                .satisfies(e -> assertThat(keys(e)).containsExactlyInAnyOrder("problem.refdata.bondNotNumber",
                        "problem.refdata.feeNegative", "problem.refdata.contractEndsBeforeStart"));
        assertThatThrownBy(() -> data.saveContract(admin.id(), form("12000.555", "", LocalDate.of(2026, 11, 1), null)))
                .satisfies(e -> assertThat(keys(e)).containsExactlyInAnyOrder("problem.refdata.feeCents",
                        "problem.refdata.bondMissing"));
        assertThat(contract()).isEqualTo(before);

        data.saveContract(admin.id(), form("128,000.50", "500000元", LocalDate.of(2026, 1, 1), LocalDate.of(2028, 12, 31)));

        Contract after = contract();
        assertThat(after.monthlyFee()).isEqualByComparingTo(new BigDecimal("128000.50"));
        assertThat(after.performanceBond()).isEqualByComparingTo("500000");
        assertThat(after.endsOn()).isEqualTo(LocalDate.of(2028, 12, 31));
        assertThat(data.history("contract", after.id()))
                .extracting(ChangeLog.Entry::action).containsExactly("UPDATED");
        data.undo(admin.id());
        assertThat(contract()).isEqualTo(before);
    }

    @Test
    void providerNamesAreEditedAndADuplicateIsRefused() {
        var added = data.addProvider(admin.id(), "恒通机电工程有限公司", "", "工程维修、安保");
        assertThat(added.shortName()).isEqualTo("恒通机电工程");
        assertThatThrownBy(() -> data.renameProvider(admin.id(), added.id(), "康洁物业服务有限公司", ""))
                .satisfies(e -> assertThat(keys(e)).containsExactly("problem.refdata.providerNameTaken"));
        assertThatThrownBy(() -> data.addProvider(admin.id(), "新公司", "", "洗衣"))
                .satisfies(e -> assertThat(keys(e)).containsExactly("problem.setup.serviceLineUnknown"));
        data.renameProvider(admin.id(), added.id(), "恒通机电工程股份有限公司", "恒通");
        assertThat(c.core().reference().provider(added.id()).orElseThrow().shortName()).isEqualTo("恒通");
        assertThat(data.providers()).hasSize(2);
    }

    @Test
    void theWizardsPlaceFileImportsOnlyNewPlacesAndABadFileAddsNothing() throws Exception {
        Path good = files.resolve("地点.csv");
        Files.writeString(good, "院区,楼栋,楼层,区域\n东院区,住院部1号楼,5层,心内科病区\n东院区,门诊楼,1层,门诊大厅\n",
                StandardCharsets.UTF_8);
        Path bad = files.resolve("坏.csv");
        Files.writeString(bad, "院区,楼栋,楼层,区域\n东院区,急诊楼,,\n,无院区,,\n", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> data.importPlaces(admin.id(), bad))
                .satisfies(e -> assertThat(keys(e)).containsExactly("problem.setup.placeNoSite"));
        assertThat(data.places()).hasSize(8);

        assertThat(data.importPlaces(admin.id(), good)).isEqualTo(3);
        assertThat(place("东院区 / 门诊楼 / 1层 / 门诊大厅").kind()).isEqualTo(PlaceKind.AREA);
        data.undo(admin.id());
        assertThat(data.places()).hasSize(8);
    }
}
