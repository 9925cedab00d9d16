package com.logicheck.ui.backup;

import static org.assertj.core.api.Assertions.assertThat;

import com.logicheck.app.AppContext;
import com.logicheck.app.Clocks;
import com.logicheck.i18n.Messages;
import com.logicheck.persistence.DataDirectory;
import com.logicheck.persistence.backup.BackupMonitor;
import com.logicheck.persistence.backup.BackupReason;
import com.logicheck.persistence.backup.Backups;
import com.logicheck.persistence.backup.Retention;
import com.logicheck.service.BackupService;
import com.logicheck.suites.DatabaseTest;
import com.logicheck.ui.common.TaskExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 备份与恢复 without a toolkit: the list in words, back up now, a damaged backup never reaches the restorer. */
@DatabaseTest
class BackupViewModelTest {
    @TempDir
    Path dir;
    AppContext context;
    final Messages messages = Messages.forLanguage("zh");
    final List<Path> restored = new ArrayList<>();
    final List<String> went = new ArrayList<>();
    BackupViewModel vm;

    @BeforeEach
    void open() {
        context = AppContext.open(dir.resolve("data"));
        context.backup().backups().create(BackupReason.DAILY, BackupMonitor.NONE);
        vm = new BackupViewModel(context.backup().service(), restored::add, messages, TaskExecutor.synchronous(), Runnable::run,
                () -> went.add("home"), false);
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void listsTheBackupsInWords() {
        vm.refresh();
        assertThat(vm.rows()).singleElement().satisfies(r -> {
            assertThat(r.kind()).isEqualTo("每日自动");
            assertThat(r.contents()).isEqualTo("检查表 0 张，签字版 PDF 0 份，照片 0 张");
            assertThat(r.size()).matches("[0-9.]+ (KB|MB)");
            assertThat(r.time()).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}");
            assertThat(r.usable()).isTrue();
        });
    }

    @Test
    void backupNowAddsABackupAndSaysWhere() {
        vm.backupNow();
        assertThat(vm.work().messageProperty().get()).startsWith("备份已完成：logicheck-");
        assertThat(vm.work().isRunning()).isFalse();
        assertThat(vm.work().fractionProperty().get()).isEqualTo(1.0);
        assertThat(context.backup().backups().list()).extracting(Backups.BackupFile::reason).contains(BackupReason.MANUAL);
    }

    @Test
    void aDamagedBackupIsRefusedBeforeTheRestorerIsCalled() throws Exception {
        vm.refresh();
        Path file = vm.rows().get(0).file();
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 3] ^= 0x40;
        Path damaged = Files.write(dir.resolve("damaged.zip"), bytes);
        vm.restore(damaged);
        assertThat(restored).isEmpty();
        assertThat(vm.errorProperty().get()).contains("已损坏").contains("当前数据没有任何改动");
        vm.restore(file);
        assertThat(restored).containsExactly(file);
        assertThat(vm.errorProperty().get()).isEmpty();
    }

    @Test
    void theConfirmationSaysWhatReplacesWhat() {
        vm.refresh();
        assertThat(vm.confirmation(vm.rows().get(0))).contains("替换当前的全部数据").contains("恢复前的数据")
                .contains(vm.rows().get(0).time());
    }

    @Test
    void cancelStopsTheBackupAndLeavesNoFile() {
        BackupViewModel[] holder = new BackupViewModel[1];
        // 取消 pressed as soon as the bar first moves
        holder[0] = new BackupViewModel(context.backup().service(), restored::add, messages, TaskExecutor.synchronous(), r -> {
            r.run();
            holder[0].cancel();
        }, null, false);
        int before = context.backup().backups().list().size();
        holder[0].backupNow();
        assertThat(holder[0].work().messageProperty().get()).isEqualTo("已取消，没有留下不完整的备份。");
        assertThat(holder[0].work().isRunning()).isFalse();
        assertThat(context.backup().backups().list()).hasSize(before);
    }

    @Test
    void rescueModeOffersNoBackupAndNoWayBack() {
        try (DataDirectory closed = new DataDirectory(dir.resolve("other"))) {
            Backups offline = new Backups(closed, null, "test", Clocks.system(), Retention.DEFAULT);
            BackupViewModel rescue = new BackupViewModel(new BackupService(offline), restored::add, messages, TaskExecutor.synchronous(),
                    Runnable::run, null, true);
            rescue.backupNow();
            rescue.back();
            assertThat(rescue.rescue()).isTrue();
            assertThat(offline.list()).isEmpty();
            rescue.refresh();
            assertThat(rescue.work().messageProperty().get()).isEqualTo("还没有备份。每天第一次启动和每次退出时会自动备份。");
        }
        vm.back();
        assertThat(went).containsExactly("home");
    }
}
