package com.logicheck.ui.reports;

import static org.assertj.core.api.Assertions.assertThat;

import com.logicheck.i18n.Messages;
import com.logicheck.ui.RecordingNavigator;
import com.logicheck.ui.common.TaskExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 月度报告 without a database: nothing ticked is refused with a sentence and writes nothing. */
class ReportsViewModelTest {
    @TempDir
    Path dir;

    @Test
    void nothingTickedIsRefusedAndNothingIsWritten() throws Exception {
        List<Path> opened = new ArrayList<>();
        // no service at all: the refusal comes before any is asked
        ReportsViewModel vm = new ReportsViewModel(null, null, Messages.forLanguage("zh"), TaskExecutor.synchronous(),
                Runnable::run, new RecordingNavigator(), opened::add, YearMonth.of(2026, 12));
        vm.pdfProperty().set(false);
        vm.publicPageProperty().set(false);
        vm.excelProperty().set(false);
        vm.start(dir);
        assertThat(vm.work().messageProperty().get()).isEqualTo("请至少勾选一种要写出的文件。");
        assertThat(vm.work().isRunning()).isFalse();
        assertThat(vm.files()).isEmpty();
        vm.openFolder();
        assertThat(opened).isEmpty();
        try (var left = Files.list(dir)) {
            assertThat(left.toList()).isEmpty();
        }
    }
}
