package com.logicheck.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.logicheck.service.SignedSheetFixture;
import com.logicheck.suites.DatabaseTest;
import com.logicheck.suites.DependsOnMachine;
import com.logicheck.suites.MigratedTemplate;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI journey: sign → export (one, a month) → verify (intact, tampered, untrusted → trust). */
@DatabaseTest
class SignExportVerifyCliIT {
    @TempDir
    Path dir;

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    @Test
    void signExportAndVerifyFromTheCommandLine() throws Exception {
        Path data = dir.resolve("data");
        String id;
        try (AppContext c = TestContexts.open(MigratedTemplate.into(data))) {
            id = SignedSheetFixture.create(c, dir.resolve("scratch"), true, 1).sheet.id().toString().substring(0, 8);
        }
        Path png = Files.write(dir.resolve("sig.png"), SignedSheetFixture.signaturePng("张伟", 1));
        String d = "--data-dir=" + data;
        String password = new String(SignedSheetFixture.PASSWORD);

        CliRun wrongFirst = run(d, "sign", id, "--signature", png.toString(), "--inspectee", "王敏",
                "--inspectee-signature", png.toString());
        assertThat(wrongFirst.exit()).isEqualTo(2);
        assertThat(wrongFirst.err()).contains("需要签名密钥的密码");

        for (String[] incomplete : List.of(new String[] {"--inspectee-refused", "对扣分有异议", "--witness", "李明"},
                new String[] {"--inspectee", "王敏", "--witness", "李明"},
                new String[] {"--inspectee", "王敏", "--inspectee-refused", "对扣分有异议", "--witness", "李明",
                        "--inspectee-signature", png.toString()})) {
            List<String> args = new ArrayList<>(List.of(d, "sign", id, "--signature", png.toString(), "--password", password));
            args.addAll(List.of(incomplete));
            CliRun refused = run(args.toArray(String[]::new));
            assertThat(refused.exit()).as(String.join(" ", incomplete)).isEqualTo(2);
            assertThat(refused.err()).contains("受检方须二选一");
        }
        CliRun unwitnessed = run(d, "sign", id, "--signature", png.toString(), "--inspectee", "王敏",
                "--inspectee-refused", "对扣分有异议", "--password", password);
        assertThat(unwitnessed.exit()).isEqualTo(2);
        assertThat(unwitnessed.err()).contains("王敏 拒绝签字时须填写见证人");
        CliRun nobody = run(d, "sign", id, "--signature", png.toString(), "--password", password);
        assertThat(nobody.exit()).isEqualTo(2);
        assertThat(nobody.err()).contains("受检方必须签字");
        CliRun signed = run(d, "sign", id, "--signature", png.toString(), "--inspectee", "王敏",
                "--inspectee-refused", "对扣分有异议", "--witness", "李明", "--password", password);
        assertThat(signed.exit()).as(signed.err()).isZero();
        // the human 检查表编号 (ADR 0039), not the short id the sheet was named by on the command line
        assertThat(signed.out()).containsPattern("已签字：东院区-\\d{4}-\\d{2}-[0-9A-Z]{2}-\\d{4}（得分 ")
                .doesNotContain("已签字：" + id);
        CliRun again = run(d, "sign", id, "--password", password);
        assertThat(again.exit()).isEqualTo(2);
        assertThat(again.err()).contains("这张检查表已经签字");

        Path out = dir.resolve("out");
        CliRun one = run(d, "export", id, "--to", out.toString());
        assertThat(one.exit()).as(one.err()).isZero();
        List<Path> files = Files.list(out).toList();
        assertThat(files).hasSize(1);
        String name = files.get(0).getFileName().toString();
        if (Files.getFileAttributeView(files.get(0), PosixFileAttributeView.class) != null) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(files.get(0))))
                    .isEqualTo("rw-r--r--");
        }
        // the file is named by the sheet's 检查表编号 (campus-year-month-laptop-sequence, ADR 0039), not its short id
        assertThat(name).matches("\\d{4}-\\d{2}-\\d{2}_绿化保洁_心内科病区_张伟_东院区-\\d{4}-\\d{2}-[0-9A-Z]{2}-\\d{4}\\.pdf");

        CliRun month = run(d, "export", "--month", name.substring(0, 7), "--provider", "康洁物业", "--to",
                dir.resolve("month").toString());
        assertThat(month.exit()).as(month.err()).isZero();
        assertThat(Files.list(dir.resolve("month")).toList()).extracting(p -> p.getFileName().toString()).containsExactly(name);
        assertThat(run(d, "export", "--month", "2001-01", "--to", dir.resolve("none").toString()).out())
                .contains("没有符合条件的已签字检查表");

        Path file = files.get(0);
        CliRun ok = run(d, "verify", file.toString());
        assertThat(ok.exit()).as(ok.out() + ok.err()).isZero();
        assertThat(ok.out()).contains("签名人：张伟（示例县人民医院）", "内容完整：是", "受信任：是", "1 个文件通过，0 个未通过");

        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 3] ^= 0x01;
        Path tampered = Files.write(dir.resolve("tampered.pdf"), bytes);
        CliRun bad = run(d, "verify", file.toString(), tampered.toString());
        assertThat(bad.exit()).isEqualTo(1);
        assertThat(bad.out()).contains("内容完整：否", "1 个文件通过，1 个未通过");

        // another laptop has never seen this signer: intact but not trusted, until someone trusts it
        String other = "--data-dir=" + dir.resolve("other");
        CliRun untrusted = run(other, "verify", file.toString());
        assertThat(untrusted.exit()).isEqualTo(ExitCode.PARTLY_DONE);
        assertThat(untrusted.out()).contains("内容完整：是", "受信任：否");
        CliRun.supervisorActs(dir.resolve("other"), "王主管");
        assertThat(run(other, "trust", file.toString()).out()).contains("已将 张伟 的证书加入信任名单");
        assertThat(run(other, "verify", file.toString()).exit()).isZero();
    }

    @Test
    @DependsOnMachine
    void exportIntoAFolderThatCannotBeWrittenIsRefusedClearlyAndLeavesNothing() throws Exception {
        Path data = dir.resolve("data");
        String id;
        try (AppContext c = TestContexts.open(MigratedTemplate.into(data))) {
            SignedSheetFixture f = SignedSheetFixture.create(c, dir.resolve("scratch"), true, 0);
            f.sign();
            id = f.sheet.id().toString();
        }
        String d = "--data-dir=" + data;
        Path notAFolder = Files.writeString(dir.resolve("file"), "x");
        CliRun r = run(d, "export", id, "--to", notAFolder.resolve("sub").toString());
        assertThat(r.exit()).isEqualTo(ExitCode.LOCAL_FAULT);
        assertThat(r.err()).contains("无法写入 " + notAFolder.resolve("sub"), notAFolder + " 是一个文件，不是文件夹",
                "没有留下不完整的文件");

        Path readOnly = Files.createDirectory(dir.resolve("ro"));
        assertThat(readOnly.toFile().setWritable(false, false)).isTrue();
        Assumptions.assumeFalse(Files.isWritable(readOnly), "root ignores permissions");
        CliRun ro = run(d, "export", id, "--to", readOnly.toString());
        assertThat(ro.exit()).isEqualTo(ExitCode.LOCAL_FAULT);
        assertThat(ro.err()).contains("无法写入 " + readOnly, "文件夹只读或没有写入权限");
        assertThat(Files.list(readOnly).toList()).isEmpty();
    }

    @Test
    void aDamagedStoredPdfIsNotExported() throws Exception {
        Path data = dir.resolve("data");
        String id;
        try (AppContext c = TestContexts.open(MigratedTemplate.into(data))) {
            SignedSheetFixture f = SignedSheetFixture.create(c, dir.resolve("scratch"), true, 0);
            var signed = f.sign();
            byte[] bytes = Files.readAllBytes(signed.pdf());
            bytes[100] ^= 0x01;
            Files.write(signed.pdf(), bytes);
            id = f.sheet.id().toString();
        }
        Path out = dir.resolve("out");
        CliRun r = run("--data-dir=" + data, "export", id, "--to", out.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("已被改动或损坏");
        assertThat(Files.exists(out) ? Files.list(out).toList() : List.of()).isEmpty();
    }
}
