package com.logicheck.ui.entries;

import static com.logicheck.service.AssessmentWorld.NOVEMBER;
import static com.logicheck.service.AssessmentWorld.q;
import static org.assertj.core.api.Assertions.assertThat;

import com.logicheck.domain.assessment.VetoType;
import com.logicheck.domain.org.Provider;
import com.logicheck.i18n.Messages;
import com.logicheck.service.AssessmentWorld;
import com.logicheck.suites.DatabaseTest;
import com.logicheck.ui.RecordingNavigator;
import com.logicheck.ui.common.TaskExecutor;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The month-entry tabs offer what the contract's scheme has: its veto grounds only (the hospital's 千分制 has none,
 * the college's three), complaints about its templates named by title, never by internal code; an empty complaint
 * is refused and nothing is stored.
 */
@DatabaseTest
class EntriesFollowTheSchemeTest {
    @TempDir
    static Path dir;
    static AssessmentWorld w;
    final Messages messages = Messages.forLanguage("zh");

    @BeforeAll
    static void world() {
        w = new AssessmentWorld(dir);
        w.c.core().currentUser().switchTo(w.supervisor);
    }

    @AfterAll
    static void close() {
        w.c.close();
    }

    MonthEntries month(Provider p) {
        return new MonthEntries(w.c.assessment().service(), w.c.assessment().entries(), w.c.core().currentUser(),
                messages, TaskExecutor.synchronous(), new RecordingNavigator(), p.id(), NOVEMBER,
                LocalDate.of(2026, 12, 5));
    }

    @Test
    void aSchemeWithoutVetoGroundsOffersNoneAndRecordingOneIsRefused() {
        MonthEntries month = month(w.hospitalProvider);
        VetoEntryViewModel vetoes = new VetoEntryViewModel(month, w.c.assessment().entries(), file -> { });
        month.reload();
        assertThat(vetoes.types()).isEmpty();
        assertThat(vetoes.headlineProperty().get()).isEqualTo("该合同的考核办法没有可登记的一票否决项。");
        vetoes.form().evidence().set("院办〔2026〕12号");
        vetoes.record();
        assertThat(month.messageProperty().get()).isEqualTo("该合同的考核办法没有可登记的一票否决项。");
        assertThat(vetoes.rows()).isEmpty();
        assertThat(month.state().input().vetoEvents()).isEmpty();
    }

    @Test
    void theCollegeSchemeOffersItsThreeRecordedGrounds() {
        MonthEntries month = month(w.collegeProvider);
        VetoEntryViewModel vetoes = new VetoEntryViewModel(month, w.c.assessment().entries(), file -> { });
        month.reload();
        assertThat(vetoes.types()).containsExactly(VetoType.SAFETY_ACCIDENT, VetoType.WRITTEN_CRITICISM,
                VetoType.IGNORED_REQUIREMENTS);
        assertThat(vetoes.form().type().get()).isEqualTo(VetoType.SAFETY_ACCIDENT);
    }

    @Test
    void anEmptyComplaintIsRefusedAndAStoredOneIsNamedByTemplateTitle() {
        MonthEntries month = month(w.collegeProvider);
        ComplaintEntryViewModel complaints = new ComplaintEntryViewModel(month, w.c.assessment().entries());
        month.reload();
        complaints.dateProperty().set(LocalDate.of(2026, 11, 12));
        assertThat(complaints.form().template().get().title()).isEqualTo("学院物业管理服务质量考核表");
        complaints.form().note().set("   ");
        complaints.add();
        assertThat(month.messageProperty().get()).isEqualTo("请写明投诉内容（谁投诉、投诉了什么），空白的投诉不能登记。");
        assertThat(complaints.rows()).isEmpty();
        assertThat(month.state().input().complaints()).isEmpty();

        w.c.assessment().entries().addComplaint(w.collegeProvider.id(), LocalDate.of(2026, 11, 13), "college-property",
                "1.1", q("1"), true, "三号教学楼走廊垃圾未清", w.supervisor.id());
        month.reload();
        assertThat(complaints.rows()).singleElement().satisfies(r -> assertThat(r.item())
                .startsWith("学院物业管理服务质量考核表 1.1 ").doesNotContain("college-property"));
    }
}
