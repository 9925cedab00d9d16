package com.logicheck.ui.newinspection;

import static org.assertj.core.api.Assertions.assertThat;

import com.logicheck.domain.inspection.InspectionKind;
import com.logicheck.domain.inspection.InspectionStatus;
import com.logicheck.domain.org.Place;
import com.logicheck.domain.org.PlaceKind;
import com.logicheck.service.ReferenceDirectory;
import com.logicheck.suites.DatabaseTest;
import com.logicheck.ui.RecordingNavigator;
import com.logicheck.ui.UiFixture;
import com.logicheck.ui.common.TaskExecutor;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DatabaseTest
class NewInspectionViewModelTest {
    @TempDir
    Path dir;
    UiFixture fx;
    RecordingNavigator navigator = new RecordingNavigator();
    NewInspectionViewModel vm;

    @BeforeEach
    void open() {
        fx = UiFixture.create(dir);
        vm = new NewInspectionViewModel(fx.context.inspection().service(),
                new ReferenceDirectory(fx.context.core().reference()),
                fx.context.inspection().lists(),
                fx.messages, TaskExecutor.synchronous(), navigator, fx.inspector);
        vm.load();
    }

    @AfterEach
    void close() {
        fx.close();
    }

    @Test
    void listsTheChoicesWithTheOnlyProviderPreselected() {
        assertThat(vm.providers()).extracting(p -> p.name()).containsExactly(UiFixture.PROVIDER);
        assertThat(vm.providerProperty().get()).isEqualTo(fx.provider);
        assertThat(vm.templates()).extracting(t -> t.title()).contains(UiFixture.TEMPLATE_TITLE, "后勤公司工程维修管理考核表");
        var ours = vm.templates().stream().filter(t -> t.title().equals(UiFixture.TEMPLATE_TITLE)).findFirst().orElseThrow();
        assertThat(vm.describe(ours)).isEqualTo(UiFixture.TEMPLATE_TITLE + "　·　工程维修　·　10 项");
        assertThat(vm.kinds()).containsExactly(InspectionKind.FULL, InspectionKind.SPOT_CHECK, InspectionKind.PATROL);
        assertThat(vm.inspectorName()).isEqualTo("检查员");
    }

    @Test
    void placesAreSearchedByEveryWordOfThePath() {
        assertThat(vm.places()).hasSize(6);
        vm.placeFilterProperty().set("心内");
        assertThat(vm.places()).extracting(Place::path).containsExactly("东院区 / 住院部1号楼 / 5层 / 心内科病区");
        vm.placeFilterProperty().set("东院 5层");
        assertThat(vm.places()).extracting(Place::path)
                .containsExactly("东院区 / 住院部1号楼 / 5层", "东院区 / 住院部1号楼 / 5层 / 心内科病区");
        vm.placeFilterProperty().set("西院区 / 行政");
        assertThat(vm.places()).extracting(Place::name).containsExactly("行政楼办公区");
        vm.placeFilterProperty().set("北院");
        assertThat(vm.places()).isEmpty();
        vm.placeFilterProperty().set("");
        assertThat(vm.places()).hasSize(6);
        assertThat(NewInspectionViewModel.matcher("ICU").test(new Place(UUID.randomUUID(), null, PlaceKind.AREA, "icu",
                "东院区 / icu"))).isTrue();
    }

    @Test
    void startIsPossibleOnlyWhenEverythingIsChosenAndSaysWhatIsMissing() {
        vm.providerProperty().set(null);
        assertThat(vm.canStartProperty().get()).isFalse();
        assertThat(vm.validationProperty().get()).isEqualTo("请选择服务企业。");
        vm.providerProperty().set(fx.provider);
        assertThat(vm.validationProperty().get()).isEqualTo("请选择检查地点（可输入名称搜索）。");
        vm.placeProperty().set(fx.place);
        assertThat(vm.validationProperty().get()).isEqualTo("请选择考核表。");
        vm.templateProperty().set(vm.templates().stream().filter(t -> t.title().equals(UiFixture.TEMPLATE_TITLE))
                .findFirst().orElseThrow());
        vm.kindProperty().set(null);
        assertThat(vm.validationProperty().get()).isEqualTo("请选择检查类型。");
        vm.start();
        assertThat(vm.errorProperty().get()).isEqualTo("请选择检查类型。");
        assertThat(navigator.visits).isEmpty();
        vm.kindProperty().set(InspectionKind.PATROL);
        assertThat(vm.canStartProperty().get()).isTrue();
        assertThat(vm.validationProperty().get()).isEqualTo("信息已填写完整，按 Enter 开始检查。");
    }

    @Test
    void startCreatesADraftForTheCurrentUserAndOpensIt() {
        vm.placeProperty().set(fx.place);
        vm.templateProperty().set(vm.templates().stream().filter(t -> t.title().equals(UiFixture.TEMPLATE_TITLE))
                .findFirst().orElseThrow());
        vm.kindProperty().set(InspectionKind.PATROL);
        vm.start();
        assertThat(navigator.last()).isEqualTo("checklist");
        var created = fx.context.inspection().service().inspection(navigator.lastInspection);
        assertThat(created.status()).isEqualTo(InspectionStatus.DRAFT);
        assertThat(created.inspectorId()).isEqualTo(fx.inspector.id());
        assertThat(created.placeId()).isEqualTo(fx.place.id());
        assertThat(created.providerId()).isEqualTo(fx.provider.id());
        assertThat(created.templateVersionId()).isEqualTo(fx.template.id());
        assertThat(created.kind()).isEqualTo(InspectionKind.PATROL);
        vm.cancel();
        assertThat(navigator.last()).isEqualTo("home");
    }
}
