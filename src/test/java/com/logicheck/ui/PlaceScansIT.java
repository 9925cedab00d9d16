package com.logicheck.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.logicheck.domain.inspection.CheckIn;
import com.logicheck.domain.inspection.Inspection;
import com.logicheck.domain.inspection.InspectionKind;
import com.logicheck.domain.org.PlaceCode;
import com.logicheck.domain.org.PlaceCode.How;
import com.logicheck.persistence.InspectionRepository;
import com.logicheck.service.AssessmentWorld;
import com.logicheck.service.PlaceCodes;
import com.logicheck.service.PlaceCodesIT;
import com.logicheck.suites.DatabaseTest;
import com.logicheck.ui.common.WedgeScan;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A simulated wedge scan (issue 16): the label's code typed a key every 3 ms and ended with Enter on a fake clock,
 * then dispatched as the window does: on 首页 it starts (then resumes) the sheet at the place, during a sheet it
 * records a check-in; another place's code asks first, and a refused code changes nothing.
 */
@DatabaseTest
class PlaceScansIT {
    private static final long MS = 1_000_000L;
    @TempDir
    Path dir;
    @TempDir
    Path otherDir;
    private long now = 5_000 * MS;

    /** What reaches the window when a scanner types {@code code} and Enter. */
    private String wedge(String code) {
        WedgeScan scan = new WedgeScan();
        for (char c : code.toCharArray()) {
            now += 3 * MS;
            assertThat(scan.typed(c, now).consume()).isTrue();
        }
        now += 3 * MS;
        return scan.enter(now, PlaceCode::looksLikeToken).scanned();
    }

    @Test
    void aScanOnHomeOpensTheSheetAtThePlaceAndDuringASheetRecordsACheckIn() throws Exception {
        AssessmentWorld w = new AssessmentWorld(dir);
        PlaceCodes codes = w.c.referenceData().placeCodes();
        QueuedDialogs dialogs = new QueuedDialogs();
        RecordingNavigator navigator = new RecordingNavigator();
        PlaceScans scans = new PlaceScans(codes, w.c.core().currentUser(), dialogs, w.c.core().messages());
        byte[] wardLabel = codes.labels(w.supervisor.id(), "心内科病区").pdf();
        String ward = PlaceCodesIT.decodeFirstPage(wardLabel);
        String site = PlaceCodesIT.decodeFirstPage(codes.labels(w.supervisor.id(), "东院区").pdf());

        assertThat(scans.atHome(wedge(ward), How.SCANNED, navigator, null)).isEqualTo(PlaceScans.Outcome.NEW_SHEET);
        assertThat(navigator.lastPlace).isEqualTo(w.ward.id());
        Inspection draft = w.c.inspection().service().start(new InspectionRepository.NewInspection(
                w.template("hospital-maintenance").id(), w.hospitalProvider.id(), w.ward.id(), w.inspector.id(),
                InspectionKind.SPOT_CHECK));
        CheckIn arrived = scans.opened(draft.id(), null).orElseThrow();
        assertThat(arrived.placeId()).isEqualTo(w.ward.id());
        assertThat(scans.told(arrived)).isEqualTo("已签到：东院区 / 心内科病区（扫码）");

        assertThat(scans.atHome(wedge(ward), How.SCANNED, navigator, null)).isEqualTo(PlaceScans.Outcome.RESUMED);
        assertThat(navigator.lastInspection).isEqualTo(draft.id());
        assertThat(codes.checkIns(draft.id())).hasSize(2);

        assertThat(scans.onSheet(draft.id(), wedge(ward), How.SCANNED, null)).isEqualTo(PlaceScans.Outcome.CHECKED_IN);
        dialogs.code = PlaceCodesIT.shortCodeOf(wardLabel).toLowerCase();
        String typed = scans.askCode(null).orElseThrow();
        assertThat(scans.onSheet(draft.id(), typed, How.TYPED, null)).isEqualTo(PlaceScans.Outcome.CHECKED_IN);
        assertThat(codes.checkIns(draft.id())).hasSize(4).filteredOn(c -> c.how() == How.TYPED).hasSize(1);

        dialogs.agree = false;
        assertThat(scans.onSheet(draft.id(), wedge(site), How.SCANNED, null)).isEqualTo(PlaceScans.Outcome.CANCELLED);
        assertThat(dialogs.asked)
                .contains("扫到的是“东院区”，本表的地点是“东院区 / 心内科病区”。仍要在本表记录这次签到吗？");
        assertThat(codes.checkIns(draft.id())).hasSize(4);
        w.c.close();
    }

    @Test
    void aCodeOfAnotherOrganisationAForgedOrRevokedOneIsToldAndChangesNothing() throws Exception {
        AssessmentWorld other = new AssessmentWorld(otherDir);
        String theirs = PlaceCodesIT.decodeFirstPage(other.c.referenceData().placeCodes().labels(other.supervisor.id(),
                "心内科病区").pdf());
        other.c.close();

        AssessmentWorld w = new AssessmentWorld(dir);
        PlaceCodes codes = w.c.referenceData().placeCodes();
        QueuedDialogs dialogs = new QueuedDialogs();
        RecordingNavigator navigator = new RecordingNavigator();
        PlaceScans scans = new PlaceScans(codes, w.c.core().currentUser(), dialogs, w.c.core().messages());
        String old = PlaceCodesIT.decodeFirstPage(codes.labels(w.supervisor.id(), "心内科病区").pdf());
        String fresh = PlaceCodesIT.decodeFirstPage(codes.reprint(w.supervisor.id(), w.ward.id()).pdf());
        Inspection draft = w.c.inspection().service().start(new InspectionRepository.NewInspection(
                w.template("hospital-maintenance").id(), w.hospitalProvider.id(), w.ward.id(), w.inspector.id(),
                InspectionKind.SPOT_CHECK));

        assertThat(scans.onSheet(draft.id(), wedge(theirs), How.SCANNED, null)).isEqualTo(PlaceScans.Outcome.REFUSED);
        assertThat(scans.onSheet(draft.id(), wedge(old), How.SCANNED, null)).isEqualTo(PlaceScans.Outcome.REFUSED);
        String forged = fresh.substring(0, fresh.length() - 2) + (fresh.endsWith("00") ? "11" : "00");
        assertThat(scans.atHome(wedge(forged), How.SCANNED, navigator, null)).isEqualTo(PlaceScans.Outcome.REFUSED);
        assertThat(dialogs.told).containsExactly("这是另一个单位的点位码，本单位不认可。",
                "“东院区 / 心内科病区”的这张标签已重新打印，旧标签作废，请扫描新标签。",
                "点位码校验不通过：不是用本单位的密钥生成的（伪造或抄错）。");
        assertThat(codes.checkIns(draft.id())).isEmpty();
        assertThat(navigator.visits).isEmpty();

        // on a screen other than 首页 and the checklist a scan is told where to scan, and nothing changes
        assertThat(scans.elsewhere(null)).isEqualTo(PlaceScans.Outcome.REFUSED);
        assertThat(dialogs.told).last().isEqualTo("扫码请在首页或检查表中进行。");
        assertThat(navigator.visits).isEmpty();
        w.c.close();
    }
}
