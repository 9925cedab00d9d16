package com.logicheck.ui.signing;

import static org.assertj.core.api.Assertions.assertThat;

import com.logicheck.domain.inspection.Inspection;
import com.logicheck.domain.inspection.InspectionStatus;
import com.logicheck.domain.inspection.SignatureRole;
import com.logicheck.suites.DatabaseTest;
import com.logicheck.ui.RecordingNavigator;
import com.logicheck.ui.UiFixture;
import com.logicheck.ui.common.TaskExecutor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The signing view model on a real data folder, with a synchronous executor. */
@DatabaseTest
class SigningViewModelTest {
    @TempDir
    Path dir;
    UiFixture fx;
    Inspection sheet;
    RecordingNavigator navigator = new RecordingNavigator();
    SigningViewModel vm;

    @BeforeEach
    void setUp() {
        fx = UiFixture.create(dir.resolve("data"));
        sheet = fx.finishedSheet();
        vm = newViewModel();
    }

    private SigningViewModel newViewModel() {
        SigningViewModel m = new SigningViewModel(fx.context.inspection().service(), fx.context.inspection().records(),
                fx.context.inspection().signing(), fx.messages, TaskExecutor.synchronous(), navigator, fx.inspector.id(),
                sheet.id());
        m.load();
        return m;
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    static void scribble(SignatureInk ink) {
        ink.begin(10, 60);
        ink.extend(40, 20);
        ink.extend(70, 80);
        ink.extend(120, 30);
        ink.begin(130, 50);
        ink.extend(200, 55);
    }

    private InspectionStatus status() {
        return fx.context.inspection().service().inspection(sheet.id()).status();
    }

    @Test
    void firstSigningSaysItCreatesTheKeyThenSignsAndLocksTheSheet() {
        assertThat(vm.sheet().get().keyHint()).contains("第一次签字").contains("创建签名密钥");
        assertThat(vm.sheet().get().signable()).isTrue();
        scribble(vm.inspectorInk());
        vm.inspecteeNameProperty().set("李主任");
        scribble(vm.inspecteeInk());
        vm.passwordProperty().set("签名密钥-2026-1");

        vm.sign();

        assertThat(vm.messageProperty().get()).isEmpty();
        assertThat(status()).isEqualTo(InspectionStatus.SIGNED);
        assertThat(navigator.last()).isEqualTo("summary");
        assertThat(vm.passwordProperty().get()).isEmpty();
        var signatures = fx.context.core().signedSheets().signatures(sheet.id());
        assertThat(signatures).extracting(s -> s.role()).containsExactly(SignatureRole.INSPECTOR, SignatureRole.INSPECTEE);
        assertThat(signatures.get(1).signerName()).isEqualTo("李主任");
        assertThat(fx.context.inspection().signing().signedPdf(sheet.id())).isPresent();
        // the drawn signature is remembered for next time, and the key exists now
        assertThat(fx.context.inspection().signing().storedSignature(fx.inspector.id())).isPresent();
        assertThat(fx.context.inspection().signing().hasKey(fx.inspector.id())).isTrue();
    }

    @Test
    void refusalsShowTheirMessageAndChangeNothing() {
        vm.passwordProperty().set("签名密钥-2026-1");
        vm.sign();
        assertThat(vm.messageProperty().get()).isEqualTo("请先在检查人签名框内手写签名，或选择签名图片。");

        scribble(vm.inspectorInk());
        vm.inspecteeNameProperty().set("李主任");
        vm.inspecteeRefusedProperty().set(true);
        vm.passwordProperty().set("签名密钥-2026-1");
        vm.sign();
        assertThat(vm.messageProperty().get()).isEqualTo("李主任 拒绝签字时须填写原因。");

        vm.refusalReasonProperty().set("对扣分有异议");
        vm.sign();
        assertThat(vm.messageProperty().get()).isEqualTo("请输入签名密钥的密码。");
        vm.passwordProperty().set("签名密钥-2026-1");
        vm.sign();
        assertThat(vm.messageProperty().get()).isEqualTo("李主任 拒绝签字时须填写见证人。");
        vm.witnessProperty().set("张保安");

        vm.reviewerNameProperty().set("王主管");
        vm.passwordProperty().set("签名密钥-2026-1");
        vm.sign();
        assertThat(vm.messageProperty().get()).isEqualTo("王主管 没有签名图片。");

        assertThat(status()).isEqualTo(InspectionStatus.FINISHED);
        assertThat(fx.context.core().signedSheets().signatures(sheet.id())).isEmpty();
        assertThat(fx.context.inspection().signing().signedPdf(sheet.id())).isEmpty();
        assertThat(fx.context.inspection().signing().hasKey(fx.inspector.id())).isFalse();
    }

    @Test
    void aNewKeyNeedsAPasswordThatIsNotTooShortAllDigitsOrCommon() {
        scribble(vm.inspectorInk());
        vm.inspecteeNameProperty().set("李主任");
        scribble(vm.inspecteeInk());
        vm.passwordProperty().set("abc");
        vm.sign();
        assertThat(vm.messageProperty().get()).isEqualTo("密码至少 10 个字符。");
        vm.passwordProperty().set("1234567890");
        vm.sign();
        assertThat(vm.messageProperty().get()).isEqualTo("密码不能全是数字。");
        vm.passwordProperty().set("woaini1314");
        vm.sign();
        assertThat(vm.messageProperty().get()).isEqualTo("这个密码太常见，容易被猜中，请换一个。");
        assertThat(status()).isEqualTo(InspectionStatus.FINISHED);
        assertThat(fx.context.inspection().signing().hasKey(fx.inspector.id())).isFalse();
    }

    @Test
    void aRefusedInspecteeIsRecordedWithTheReason() {
        scribble(vm.inspectorInk());
        vm.inspecteeNameProperty().set("李主任");
        vm.inspecteeRefusedProperty().set(true);
        vm.refusalReasonProperty().set("对扣分有异议");
        vm.witnessProperty().set("张保安");
        vm.passwordProperty().set("签名密钥-2026-2");
        vm.sign();
        assertThat(status()).isEqualTo(InspectionStatus.SIGNED);
        var inspectee = fx.context.core().signedSheets().signatures(sheet.id()).get(1);
        assertThat(inspectee.refused()).isTrue();
        assertThat(inspectee.refusedReason()).isEqualTo("对扣分有异议");
        assertThat(inspectee.witness()).isEqualTo("张保安");
    }

    @Test
    void signingWithoutTheInspectedSideIsRefusedAndChangesNothing() {
        scribble(vm.inspectorInk());
        vm.passwordProperty().set("签名密钥-2026-3");
        vm.sign();
        assertThat(vm.messageProperty().get()).isEqualTo("受检方必须签字；如果受检方拒绝签字，请记录拒签原因和见证人。");
        vm.inspecteeNameProperty().set("李主任");                // a name with an empty pad is no signature either
        vm.passwordProperty().set("签名密钥-2026-3");
        vm.sign();
        assertThat(vm.messageProperty().get()).isEqualTo("李主任 没有签名图片。");
        assertThat(status()).isEqualTo(InspectionStatus.FINISHED);
        assertThat(fx.context.core().signedSheets().signatures(sheet.id())).isEmpty();
        assertThat(fx.context.inspection().signing().signedPdf(sheet.id())).isEmpty();
        assertThat(fx.context.inspection().signing().hasKey(fx.inspector.id())).isFalse();
    }

    @Test
    void aWrongPasswordIsRefusedOnceTheKeyExists() {
        Inspection second = fx.finishedSheet();
        scribble(vm.inspectorInk());
        inspecteeSigns(vm);
        vm.passwordProperty().set("right-key-2026");
        vm.sign();
        assertThat(status()).isEqualTo(InspectionStatus.SIGNED);

        sheet = second;
        SigningViewModel next = newViewModel();
        assertThat(next.sheet().get().keyHint()).contains("已有签名密钥");
        assertThat(next.useImageProperty().get()).as("the remembered image is offered").isTrue();
        inspecteeSigns(next);
        next.passwordProperty().set("wrong");
        next.sign();
        assertThat(next.messageProperty().get()).as("no key file path").isEqualTo("签名密钥的密码不正确。");
        assertThat(status()).isEqualTo(InspectionStatus.FINISHED);

        next.passwordProperty().set("right-key-2026");
        next.sign();
        assertThat(status()).isEqualTo(InspectionStatus.SIGNED);
    }

    @Test
    void aChosenImageIsCheckedAndCanBeRemembered() throws Exception {
        Path notPng = Files.writeString(dir.resolve("签名.png"), "不是图片");
        vm.chooseImage(notPng);
        inspecteeSigns(vm);
        vm.passwordProperty().set("pw-for-the-key-2026");
        vm.sign();
        assertThat(vm.messageProperty().get()).contains("签名图片无效");
        assertThat(status()).isEqualTo(InspectionStatus.FINISHED);

        Path png = UiFixture.png(dir, "sig.png");
        vm.chooseImage(png);
        vm.rememberImageProperty().set(true);
        vm.passwordProperty().set("pw-for-the-key-2026");
        vm.sign();
        assertThat(status()).isEqualTo(InspectionStatus.SIGNED);
        assertThat(fx.context.inspection().signing().storedSignature(fx.inspector.id())).hasValueSatisfying(
                b -> assertThat(b).isEqualTo(readAll(png)));
    }

    @Test
    void aSignedSheetCannotBeSignedAgain() {
        scribble(vm.inspectorInk());
        inspecteeSigns(vm);
        vm.passwordProperty().set("pw-for-the-key-2026");
        vm.sign();
        SigningViewModel again = newViewModel();
        assertThat(again.sheet().get().signable()).isFalse();
        assertThat(again.messageProperty().get()).contains("已经签字");
    }

    @Test
    void cancelGoesBackToTheSummary() {
        vm.cancel();
        assertThat(navigator.last()).isEqualTo("summary");
        assertThat(status()).isEqualTo(InspectionStatus.FINISHED);
    }

    private static void inspecteeSigns(SigningViewModel model) {
        model.inspecteeNameProperty().set("李主任");
        scribble(model.inspecteeInk());
    }

    private static byte[] readAll(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
