package com.logicheck.ui.desk;

import static org.assertj.core.api.Assertions.assertThat;

import com.logicheck.service.RectificationDeskService;
import com.logicheck.suites.DatabaseTest;
import com.logicheck.ui.RecordingNavigator;
import com.logicheck.ui.common.TaskExecutor;
import java.nio.file.Path;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The start-up notice: computed once per run, lists what became overdue since the last session, dismissable. */
@DatabaseTest
class OverdueNoticeModelTest {
    @TempDir
    Path dir;
    DeskWorld world;
    RecordingNavigator navigator = new RecordingNavigator();

    @BeforeEach
    void open() {
        world = new DeskWorld(dir);
    }

    @AfterEach
    void close() {
        world.close();
    }

    OverdueNoticeModel model(DeskSession session) {
        return new OverdueNoticeModel(world.w.c.rectification().desk(), world.messages, TaskExecutor.synchronous(), navigator,
                ZoneId.of("Asia/Shanghai"), session);
    }

    @Test
    void sinceTheLastSessionItListsTheNewlyOverdueAndTheSessionIsRemembered() {
        world.w.c.core().settings().put(RectificationDeskService.LAST_SESSION, "2026-12-01T18:00+08:00");
        DeskSession run = new DeskSession();
        OverdueNoticeModel notice = model(run);
        notice.start();
        assertThat(notice.visibleProperty().get()).isTrue();
        assertThat(notice.headlineProperty().get()).isEqualTo("自上次使用（2026-12-01）以来，又有 1 张整改通知单逾期：");
        assertThat(notice.linesProperty().get()).isEqualTo("华安后勤 · 东院区 / 心内科病区 · 第 1.1 项 · 期限 2026-12-01，已逾期 4 天");
        assertThat(world.w.c.rectification().desk().lastSession()).isPresent()
                .hasValueSatisfying(t -> assertThat(t.toLocalDate()).isEqualTo(DeskWorld.TODAY));

        // back on the home screen in the same run: the same notice, not a new session (which would find nothing)
        OverdueNoticeModel again = model(run);
        again.start();
        assertThat(again.visibleProperty().get()).isTrue();
        again.dismiss();
        OverdueNoticeModel third = model(run);
        third.start();
        assertThat(third.visibleProperty().get()).isFalse();

        // the next run the same day: nothing has become overdue since
        OverdueNoticeModel nextRun = model(new DeskSession());
        nextRun.start();
        assertThat(nextRun.visibleProperty().get()).isFalse();
    }

    @Test
    void theFirstSessionEverListsEveryOverdueOrderAndTheButtonGoesToTheDesk() {
        OverdueNoticeModel notice = model(new DeskSession());
        notice.start();
        assertThat(notice.headlineProperty().get()).isEqualTo("有 1 张整改通知单已逾期：");
        notice.openDesk();
        assertThat(navigator.last()).isEqualTo("desk");
        assertThat(notice.visibleProperty().get()).isFalse();
    }
}
