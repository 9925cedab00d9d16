package com.logicheck.ui.desk;

import static org.assertj.core.api.Assertions.assertThat;

import com.logicheck.domain.org.Person;
import com.logicheck.domain.org.Role;
import com.logicheck.domain.rectification.RectificationStatus;
import com.logicheck.files.Sha256;
import com.logicheck.service.AssessmentWorld;
import com.logicheck.service.DocumentPrinter;
import com.logicheck.suites.DatabaseTest;
import com.logicheck.ui.RecordingNavigator;
import com.logicheck.ui.UiFixture;
import com.logicheck.ui.common.TaskExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The order's detail and its steps as each role sees them (ADR 0018), on a real data folder. */
@DatabaseTest
class OrderDetailModelTest {
    @TempDir
    Path dir;
    @TempDir
    Path files;
    DeskWorld world;
    RecordingNavigator navigator = new RecordingNavigator();
    List<Path> opened = new ArrayList<>();
    int changed;
    List<String> printed = new ArrayList<>();
    boolean printerChosen = true;
    DocumentPrinter printer = jobName -> printerChosen
            ? Optional.of((name, pdf) -> printed.add(name + " " + Sha256.hex(pdf))) : Optional.empty();

    @BeforeEach
    void open() {
        world = new DeskWorld(dir);
    }

    @AfterEach
    void close() {
        world.close();
    }

    OrderDetailModel as(Person user, UUID order) {
        OrderDetailModel m = new OrderDetailModel(world.w.c.rectification().steps(), world.w.c.rectification().notices(),
                world.messages, TaskExecutor.synchronous(), navigator, opened::add, AssessmentWorld.CLOCK, user,
                () -> changed++, printer);
        m.load(order);
        return m;
    }

    static OrderDetailModel.Shown shown(OrderDetailModel m) {
        return m.shownProperty().get();
    }

    RectificationStatus status(UUID order) {
        return world.w.c.rectification().service().orders().find(order).orElseThrow().status();
    }

    @Test
    void showsTheOrderInWordsAndWhatTheInspectorMayDo() {
        OrderDetailModel m = as(world.w.inspector, world.overdue);
        assertThat(m.loadedProperty().get()).isTrue();
        assertThat(shown(m).title()).startsWith("整改通知单 " + world.overdue.toString().substring(0, 8));
        assertThat(shown(m).statusText()).isEqualTo("待整改");
        assertThat(shown(m).lateness()).isEqualTo("逾期 4 天");
        assertThat(shown(m).overdue()).isTrue();
        assertThat(shown(m).facts()).contains("服务企业：华安后勤服务集团有限公司", "整改期限：2026-12-01（第 1 轮）",
                "整改责任人：王班长（区域负责人）");
        assertThat(shown(m).plan()).contains("原因分析：培训 新员工不熟悉记录要求", "整改措施：培训后补填记录");
        assertThat(shown(m).items()).startsWith("第 1.1 项");
        assertThat(shown(m).report()).isEqualTo("服务企业尚未报告整改完成。");
        assertThat(shown(m).history()).singleElement().asString().contains("下发整改通知单", world.w.inspector.name());
        assertThat(shown(m).canReport()).isTrue(); // on the provider's behalf
        assertThat(shown(m).canReinspect()).isTrue();
        assertThat(shown(m).canClose()).isFalse();
        assertThat(shown(m).canSign()).isTrue();
        assertThat(shown(m).hasNotice()).isFalse();
        m.openSheet();
        assertThat(navigator.last()).isEqualTo("summary");
    }

    @Test
    void theProviderReportsWithAPhotoThenAFailedAndAPassedReinspectionAndTheSupervisorCloses() {
        OrderDetailModel contact = as(world.w.contact, world.overdue);
        assertThat(shown(contact).canReinspect()).isFalse();
        assertThat(shown(contact).canSign()).isFalse();
        assertThat(shown(contact).roleHint()).contains("服务企业联系人只能报告整改完成");
        contact.reportFixed();
        assertThat(contact.messageProperty().get()).isEqualTo("报告整改完成时请写明做了什么。");
        assertThat(status(world.overdue)).isEqualTo(RectificationStatus.OPEN);
        contact.noteProperty().set("已补填维修记录");
        Path wrong = UiFixture.png(files, "选错的.png");
        contact.addPhotos(List.of(UiFixture.png(files, "整改后.png"), wrong));
        contact.addPhotos(List.of(wrong));
        assertThat(contact.pendingPhotos()).as("a photo chosen twice is there once").hasSize(2);
        contact.removePhoto(wrong); // removed before saving: never stored
        contact.reportFixed();
        assertThat(contact.messageProperty().get()).isEmpty();
        assertThat(contact.doneProperty().get()).isEqualTo("已报告整改完成。");
        assertThat(shown(contact).reportPhotos()).extracting(e -> e.name()).containsExactly("整改后.png");
        assertThat(contact.pendingPhotos()).isEmpty();
        assertThat(shown(contact).canReport()).isFalse();
        assertThat(changed).isEqualTo(1);

        OrderDetailModel inspector = as(world.w.inspector, world.overdue);
        inspector.noteProperty().set("仍有两处未填");
        inspector.reinspectFailed();
        assertThat(inspector.messageProperty().get()).isEqualTo("复查不合格时必须给出新的整改期限。");
        assertThat(inspector.noteProperty().get()).isEqualTo("仍有两处未填"); // the input stays for a second try
        inspector.newDeadlineProperty().set(LocalDate.of(2026, 12, 8));
        inspector.addPhotos(List.of(UiFixture.png(files, "复查.png")));
        inspector.reinspectFailed();
        assertThat(status(world.overdue)).isEqualTo(RectificationStatus.OPEN);
        assertThat(shown(inspector).statusText()).isEqualTo("待整改（第2轮）");
        assertThat(shown(inspector).reinspections()).singleElement().satisfies(r -> {
            assertThat(r.text()).contains("第 1 轮复查", "不合格", "仍有两处未填", "新期限 2026-12-08");
            assertThat(r.photos()).extracting(e -> e.name()).containsExactly("复查.png");
        });
        inspector.reinspectPassed();
        assertThat(status(world.overdue)).isEqualTo(RectificationStatus.VERIFIED);
        assertThat(shown(inspector).canClose()).isFalse();
        assertThat(shown(inspector).roleHint()).isEqualTo("复查已合格，等待主管关闭。");
        inspector.close();
        assertThat(inspector.messageProperty().get()).isEqualTo("只有主管可以关闭整改通知单。");
        assertThat(status(world.overdue)).isEqualTo(RectificationStatus.VERIFIED);

        OrderDetailModel supervisor = as(world.w.supervisor, world.overdue);
        assertThat(shown(supervisor).canClose()).isTrue();
        supervisor.close();
        assertThat(status(world.overdue)).isEqualTo(RectificationStatus.CLOSED);
        assertThat(shown(supervisor).canReinspect()).isFalse();
        assertThat(shown(supervisor).history()).hasSize(5);
    }

    @Test
    void theNoticeIsSignedWithThePasswordWhichIsThenClearedAndOpens() {
        OrderDetailModel m = as(world.w.inspector, world.dueToday);
        m.signNotice();
        assertThat(m.messageProperty().get()).isEqualTo("请输入签名密钥的密码。");
        assertThat(shown(m).hasNotice()).isFalse();
        m.passwordProperty().set("desk-secret");
        m.signNotice();
        assertThat(m.passwordProperty().get()).isEmpty();
        assertThat(m.messageProperty().get()).isEmpty();
        assertThat(m.doneProperty().get()).startsWith("整改通知单已签发：" + world.dueToday + "-1.pdf");
        assertThat(shown(m).hasNotice()).isTrue();
        m.openNotice();
        assertThat(opened).singleElement().satisfies(p -> assertThat(p.getFileName().toString())
                .isEqualTo(world.dueToday + "-1.pdf"));
        assertThat(shown(m).history()).last().asString().contains("签发通知单");
    }

    @Test
    void whoReportedTheFixMayNotReinspectItAndWhoPassedItMayNotCloseItAloneTheScreenSaysWhy() {
        Person zhou = world.w.c.core().reference().addPerson(
                world.w.c.core().reference().organisation().orElseThrow().id(), "周敏", Role.SUPERVISOR, null);
        OrderDetailModel reporter = as(world.w.inspector, world.overdue);
        reporter.noteProperty().set("已补填维修记录");
        reporter.reportFixed(); // on the provider's behalf
        assertThat(status(world.overdue)).isEqualTo(RectificationStatus.REPORTED_FIXED);
        assertThat(shown(reporter).canReinspect()).isFalse();
        assertThat(shown(reporter).roleHint()).isEqualTo(world.messages.get("problem.duties.ownReport",
                world.w.inspector.name()));

        OrderDetailModel other = as(world.w.supervisor, world.overdue);
        assertThat(shown(other).canReinspect()).isTrue();
        assertThat(shown(other).roleHint()).isEmpty();
        other.reinspectPassed();
        assertThat(status(world.overdue)).isEqualTo(RectificationStatus.VERIFIED);
        assertThat(shown(other).canClose()).isFalse();
        assertThat(shown(other).roleHint()).contains(world.w.supervisor.name(), "四眼原则", "另一位主管关闭");
        assertThat(shown(as(zhou, world.overdue)).canClose()).isTrue();
    }

    @Test
    void theSignedNoticeIsCheckedThenPrintedAsSignedAndAChangedOneIsNot() throws Exception {
        OrderDetailModel m = as(world.w.inspector, world.dueToday);
        String shortId = world.dueToday.toString().substring(0, 8);
        m.printNotice();
        assertThat(printed).as("nothing signed yet").isEmpty();
        assertThat(m.messageProperty().get()).isEqualTo("整改通知单 " + shortId + " 本轮尚未签发，没有可打印的签字版。");
        m.passwordProperty().set("desk-secret");
        m.signNotice();
        Path file = world.w.c.rectification().notices().signedNotice(world.dueToday).orElseThrow();
        m.printNotice();
        assertThat(printed).containsExactly(shortId + " " + Sha256.hex(Files.readAllBytes(file)));
        assertThat(m.doneProperty().get()).isEqualTo("整改通知单 " + shortId + " 已送到打印机。");
        assertThat(m.messageProperty().get()).isEmpty();

        printerChosen = false;
        m.printNotice();
        assertThat(printed).hasSize(1);
        assertThat(m.doneProperty().get()).startsWith("未打印：打印对话框已关闭");

        printerChosen = true;
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 2] ^= 1;
        Files.write(file, bytes);
        m.printNotice();
        assertThat(printed).hasSize(1);
        assertThat(m.messageProperty().get()).contains(shortId, "已被改动或损坏");
        Files.delete(file);
        m.printNotice();
        assertThat(printed).hasSize(1);
        assertThat(m.messageProperty().get()).contains(shortId, "不在数据目录中");
    }
}
