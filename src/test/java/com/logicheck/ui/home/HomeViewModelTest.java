package com.logicheck.ui.home;

import static org.assertj.core.api.Assertions.assertThat;

import com.logicheck.domain.inspection.Inspection;
import com.logicheck.domain.inspection.InspectionStatus;
import com.logicheck.domain.inspection.ItemResult;
import com.logicheck.domain.org.PlaceCode.How;
import com.logicheck.domain.org.Role;
import com.logicheck.service.PlaceCodes;
import com.logicheck.service.PlaceCodesIT;
import com.logicheck.suites.DatabaseTest;
import com.logicheck.ui.RecordingNavigator;
import com.logicheck.ui.UiFixture;
import com.logicheck.ui.common.TaskExecutor;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DatabaseTest
class HomeViewModelTest {
    @TempDir
    Path dir;
    UiFixture fx;
    RecordingNavigator navigator = new RecordingNavigator();
    HomeViewModel vm;

    @BeforeEach
    void open() {
        fx = UiFixture.create(dir);
        vm = new HomeViewModel(fx.context.inspection().lists(),
                fx.messages, fx.context.clock().getZone(),
                TaskExecutor.synchronous(), navigator, fx.inspector.name());
    }

    @AfterEach
    void close() {
        fx.close();
    }

    @Test
    void anEmptyFolderInvitesTheFirstInspection() {
        vm.refresh();
        assertThat(vm.drafts()).isEmpty();
        assertThat(vm.recent()).isEmpty();
        assertThat(vm.messageProperty().get()).isEqualTo("还没有检查记录，按 Ctrl+N 开始第一次检查。");
        assertThat(vm.userProperty().get()).isEqualTo("检查人：检查员");
    }

    @Test
    void aSheetWithoutACheckInAtItsPlaceIsMarkedWithTheReasonAndOneWithACheckInIsNot() throws Exception {
        Inspection unvisited = fx.startDraft();
        Inspection visited = fx.startDraft();
        var org = fx.context.core().reference().organisation().orElseThrow();
        var supervisor = fx.context.core().reference().addPerson(org.id(), "主管", Role.SUPERVISOR, null);
        PlaceCodes codes = fx.context.referenceData().placeCodes();
        String shortCode = PlaceCodesIT.shortCodeOf(codes.labels(supervisor.id(), fx.place.path()).pdf());
        codes.checkIn(fx.inspector.id(), visited.id(), codes.read(shortCode, How.TYPED), false);

        vm.refresh();
        assertThat(vm.drafts()).filteredOn(r -> r.id().equals(unvisited.id())).singleElement().satisfies(row -> {
            assertThat(row.present()).isFalse();
            assertThat(row.presence()).isEqualTo("未到点");
            assertThat(row.presenceTip()).isEqualTo("未到点确认：本表没有在“东院区 / 住院部1号楼 / 5层 / 心内科病区”扫码或手输短码的签到记录。");
        });
        assertThat(vm.drafts()).filteredOn(r -> r.id().equals(visited.id())).singleElement().satisfies(row -> {
            assertThat(row.present()).isTrue();
            assertThat(row.presence()).isEqualTo("已到点");
        });
    }

    @Test
    void draftsAndFinishedSheetsAreListedInWordsAndOpenWhereTheyBelong() {
        Inspection draft = fx.startDraft();
        Inspection done = fx.startDraft();
        var service = fx.context.inspection().service();
        fx.template.items().forEach(i -> service.answer(done, ItemResult.pass(i.id()), fx.inspector.id()));
        service.finish(done, fx.inspector.id());

        vm.refresh();
        assertThat(vm.drafts()).singleElement().satisfies(row -> {
            assertThat(row.id()).isEqualTo(draft.id());
            assertThat(row.template()).isEqualTo(UiFixture.TEMPLATE_TITLE);
            assertThat(row.provider()).isEqualTo(UiFixture.PROVIDER);
            assertThat(row.place()).isEqualTo("东院区 / 住院部1号楼 / 5层 / 心内科病区");
            assertThat(row.inspector()).isEqualTo("检查员");
            assertThat(row.kind()).isEqualTo("抽查");
            assertThat(row.score()).isEqualTo("—");
            assertThat(row.statusText()).isEqualTo("草稿");
        });
        assertThat(vm.recent()).singleElement().satisfies(row -> {
            assertThat(row.status()).isEqualTo(InspectionStatus.FINISHED);
            assertThat(row.score()).isEqualTo("100");
            assertThat(row.grade()).isEqualTo("优秀");
            assertThat(row.statusText()).isEqualTo("已完成");
            assertThat(row.date()).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}");
        });

        vm.open(vm.drafts().get(0));
        assertThat(navigator.last()).isEqualTo("checklist");
        assertThat(navigator.lastInspection).isEqualTo(draft.id());
        vm.open(vm.recent().get(0));
        assertThat(navigator.last()).isEqualTo("summary");
        assertThat(navigator.lastInspection).isEqualTo(done.id());
        vm.newInspection();
        assertThat(navigator.last()).isEqualTo("new");
    }
}
