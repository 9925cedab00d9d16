package com.logicheck.ui.verify;

import static org.assertj.core.api.Assertions.assertThat;

import com.logicheck.domain.inspection.Inspection;
import com.logicheck.domain.org.Role;
import com.logicheck.suites.DatabaseTest;
import com.logicheck.ui.RecordingNavigator;
import com.logicheck.ui.SignedSheets;
import com.logicheck.ui.UiFixture;
import com.logicheck.ui.common.TaskExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DatabaseTest
class VerifyViewModelTest {
    @TempDir
    Path dir;
    UiFixture fx;
    Path exported;

    @BeforeEach
    void setUp() {
        fx = UiFixture.create(dir.resolve("data"));
        Inspection signed = SignedSheets.signed(fx, dir);
        exported = fx.context.inspection().export().exportOne(signed.id(), dir.resolve("out"));
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    private VerifyViewModel vm(Role role) {
        return new VerifyViewModel(fx.context.inspection().verify(), fx.messages, TaskExecutor.synchronous(),
                new RecordingNavigator(), fx.context.clock().getZone(), fx.inspector.id(), role);
    }

    @Test
    void anIntactFileOfATrustedSignerPasses() {
        VerifyViewModel m = vm(Role.INSPECTOR);
        m.add(List.of(exported));
        VerifyViewModel.Row row = m.rows().get(0);
        assertThat(row.signer()).startsWith(fx.inspector.name());
        assertThat(row.intact()).isTrue();
        assertThat(row.trusted()).isTrue();
        assertThat(row.intactText()).isEqualTo("是");
        assertThat(row.reason()).isEqualTo("签名有效，签名人在本单位信任名单中");
        assertThat(row.time()).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d");
    }

    @Test
    void oneChangedByteIsCaughtWithTheReasonInChinese() throws Exception {
        byte[] pdf = Files.readAllBytes(exported);
        pdf[pdf.length / 3] ^= 0x01;
        Path tampered = Files.write(dir.resolve("改过的.pdf"), pdf);
        VerifyViewModel m = vm(Role.SUPERVISOR);
        m.add(List.of(tampered, dir.resolve("notes.txt")));
        assertThat(m.messageProperty().get()).isEqualTo("有 1 个文件不是 PDF，已忽略。");
        VerifyViewModel.Row row = m.rows().get(0);
        assertThat(row.intact()).isFalse();
        assertThat(row.trusted()).isFalse();
        assertThat(row.trustable()).isFalse();
        assertThat(row.reason()).isNotBlank().doesNotContain("verify.");
        m.trust(row);
        assertThat(m.messageProperty().get()).isEqualTo("文件签名无效，不能信任其签名人。");
    }

    @Test
    void anUntrustedSignerIsTrustedBySupervisorsOnly() {
        // a laptop that has never seen this signer: another data folder
        try (UiFixture other = UiFixture.create(dir.resolve("other"))) {
            VerifyViewModel inspector = new VerifyViewModel(other.context.inspection().verify(), other.messages,
                    TaskExecutor.synchronous(), new RecordingNavigator(), other.context.clock().getZone(),
                    other.inspector.id(), Role.INSPECTOR);
            inspector.add(List.of(exported));
            VerifyViewModel.Row row = inspector.rows().get(0);
            assertThat(row.intact()).isTrue();
            assertThat(row.trusted()).isFalse();
            assertThat(row.reason()).startsWith("内容完整，但签名人不在本单位的信任名单中");
            inspector.trust(row);
            assertThat(inspector.messageProperty().get()).isEqualTo("只有主管或管理员可以把签名人加入信任名单。");

            // the service asks the policy about the person acting, so the supervisor is a real one
            UUID org = other.context.core().reference().organisation().orElseThrow().id();
            UUID boss = other.context.core().reference().addPerson(org, "王主管", Role.SUPERVISOR, null).id();
            VerifyViewModel supervisor = new VerifyViewModel(other.context.inspection().verify(), other.messages,
                    TaskExecutor.synchronous(), new RecordingNavigator(), other.context.clock().getZone(),
                    boss, Role.SUPERVISOR);
            supervisor.add(List.of(exported));
            supervisor.trust(supervisor.rows().get(0));
            assertThat(supervisor.messageProperty().get()).startsWith("已把 " + fx.inspector.name());
            assertThat(supervisor.rows().get(0).trusted()).isTrue();
        }
    }
}
