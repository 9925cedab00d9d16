package com.logicheck.ui.summary;

import static org.assertj.core.api.Assertions.assertThat;

import com.logicheck.domain.inspection.Inspection;
import com.logicheck.domain.inspection.InspectionStatus;
import com.logicheck.files.Sha256;
import com.logicheck.service.DocumentPrinter;
import com.logicheck.suites.DatabaseTest;
import com.logicheck.ui.QueuedDialogs;
import com.logicheck.ui.RecordingNavigator;
import com.logicheck.ui.SignedSheets;
import com.logicheck.ui.UiFixture;
import com.logicheck.ui.common.TaskExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DatabaseTest
class SheetActionsModelTest {
    @TempDir
    Path dir;
    UiFixture fx;
    RecordingNavigator navigator = new RecordingNavigator();
    QueuedDialogs files = new QueuedDialogs();
    List<String> printed = new ArrayList<>();
    boolean printerChosen = true;
    DocumentPrinter printer = jobName -> printerChosen
            ? Optional.of((name, pdf) -> printed.add(name + " " + Sha256.hex(pdf))) : Optional.empty();

    @BeforeEach
    void setUp() {
        fx = UiFixture.create(dir.resolve("data"));
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    private SheetActionsModel actions(UUID id) {
        SheetActionsModel m = new SheetActionsModel(fx.context.inspection().service(), fx.context.inspection().signing(),
                fx.context.inspection().export(), fx.messages, TaskExecutor.synchronous(), navigator, files,
                fx.inspector.id(), id, printer);
        m.load();
        return m;
    }

    @Test
    void aFinishedSheetOffersSigningOnly() {
        SheetActionsModel m = actions(fx.finishedSheet().id());
        assertThat(m.canSign().get()).isTrue();
        assertThat(m.canExport().get()).isFalse();
        assertThat(m.canRevise().get()).isFalse();
        assertThat(m.infoProperty().get()).isEqualTo("已完成 · 待签字");
        m.sign();
        assertThat(navigator.last()).isEqualTo("sign");
    }

    @Test
    void aSignedSheetIsExportedAndOpenedInTheViewer() {
        Inspection signed = SignedSheets.signed(fx, dir);
        SheetActionsModel m = actions(signed.id());
        assertThat(m.infoProperty().get()).isEqualTo("已签字 · 只读");
        assertThat(m.canSign().get()).isFalse();
        assertThat(m.canExport().get()).isTrue();

        Path out = dir.resolve("导出");
        m.exportTo(out);
        Path file = m.exportedProperty().get();
        assertThat(file).isNotNull().exists().hasParent(out);
        assertThat(file.getFileName().toString()).endsWith(signed.displayNumber() + ".pdf")
                .startsWith(signed.startedAt().toLocalDate().toString().substring(0, 4));
        assertThat(signed.sheetNumber()).matches(".+-\\d{4}-\\d{2}-[2-9A-Z]{2}-\\d{4}");
        assertThat(m.messageProperty().get()).startsWith("已导出：");
        m.openExported();
        assertThat(files.opened).containsExactly(file);
    }

    @Test
    void aSignedSheetPrintsAsSignedOnThePrinterChosen() throws Exception {
        Inspection signed = SignedSheets.signed(fx, dir);
        SheetActionsModel m = actions(signed.id());
        m.print();
        byte[] file = Files.readAllBytes(fx.context.inspection().signing().signedPdf(signed.id()).orElseThrow());
        assertThat(printed).containsExactly(signed.displayNumber() + " " + Sha256.hex(file));
        assertThat(m.messageProperty().get()).isEqualTo("检查表 " + signed.displayNumber() + " 已送到打印机。");

        printerChosen = false;
        m.print();
        assertThat(printed).hasSize(1);
        assertThat(m.messageProperty().get()).startsWith("未打印：打印对话框已关闭");
    }

    @Test
    void aChangedSignedFileIsNotPrintedAndSaysWhy() throws Exception {
        Inspection signed = SignedSheets.signed(fx, dir);
        Path file = fx.context.inspection().signing().signedPdf(signed.id()).orElseThrow();
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 2] ^= 1;
        Files.write(file, bytes);
        SheetActionsModel m = actions(signed.id());
        m.print();
        assertThat(printed).isEmpty();
        assertThat(m.messageProperty().get()).contains(signed.displayNumber(), "已被改动或损坏");
    }

    @Test
    void anExportIntoAnUnwritablePlaceShowsWhy() throws Exception {
        Inspection signed = SignedSheets.signed(fx, dir);
        SheetActionsModel m = actions(signed.id());
        Path notAFolder = Files.writeString(dir.resolve("a-file"), "x");
        m.exportTo(notAFolder);
        assertThat(m.exportedProperty().get()).isNull();
        assertThat(m.messageProperty().get()).contains("a-file 是一个文件，不是文件夹").doesNotContain("Exception");
    }

    @Test
    void aCorrectionWithoutAReasonIsRefusedAndNothingIsWritten() {
        Inspection signed = SignedSheets.signed(fx, dir);
        SheetActionsModel m = actions(signed.id());
        m.revise("   ");
        assertThat(m.messageProperty().get()).contains("更正必须写明原因");
        assertThat(navigator.last()).isNotEqualTo("checklist");
        assertThat(fx.context.inspection().service().inspection(signed.id()).status()).isEqualTo(InspectionStatus.SIGNED);
        assertThat(fx.context.core().signedSheets().supersededBy(signed.id())).isEmpty();
    }

    @Test
    void aCorrectionOpensTheNewRevisionInTheChecklist() {
        Inspection signed = SignedSheets.signed(fx, dir);
        SheetActionsModel m = actions(signed.id());
        assertThat(m.reviseQuestion()).contains("有更正待签", "原因");
        m.revise("第 3 项漏记扣分");
        assertThat(navigator.last()).isEqualTo("checklist");
        Inspection revision = fx.context.inspection().service().inspection(navigator.lastInspection);
        assertThat(fx.context.core().signedSheets().state(revision.id()).orElseThrow().revisionReason())
                .isEqualTo("第 3 项漏记扣分");
        assertThat(revision.status()).isEqualTo(InspectionStatus.DRAFT);
        assertThat(revision.revision()).isEqualTo(2);
        assertThat(fx.context.inspection().service().inspection(signed.id()).status()).isEqualTo(InspectionStatus.SUPERSEDED);

        SheetActionsModel old = actions(signed.id());
        assertThat(old.infoProperty().get()).isEqualTo("已被修订 · 只读");
        assertThat(old.canRevise().get()).isFalse();
        assertThat(old.canExport().get()).isTrue();
    }
}
