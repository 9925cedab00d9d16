package com.logicheck.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.logicheck.domain.org.Role;
import com.logicheck.persistence.TemplateRepository;
import com.logicheck.suites.DatabaseTest;
import com.logicheck.suites.MigratedTemplate;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DatabaseTest
class TemplatesCliIT {
    @TempDir
    Path dir;

    @Test
    void exportsATemplateToExcelAndImportsItBackOnlyForASupervisor() throws IOException {
        try (AppContext context = AppContext.open(MigratedTemplate.into(dir))) {
            var org = context.core().reference().createOrganisation("示例县人民医院");
            context.core().reference().addPerson(org.id(), "王主管", Role.SUPERVISOR, null);
            context.core().reference().addPerson(org.id(), "张检查", Role.INSPECTOR, null);
        }
        Path xlsx = dir.resolve("out/维修.xlsx");
        CliRun export = CliRun.of("templates", "export", "--data-dir", dir.toString(), "--xlsx", xlsx.toString(),
                "hospital-maintenance", "canteen-food-safety");
        assertThat(export.exit()).isZero();
        assertThat(export.out()).contains("已将 2 张考核表模板写入");
        assertThat(Files.size(xlsx)).isGreaterThan(5000);

        CliRun refused = CliRun.of("templates", "import", "--data-dir", dir.toString(), xlsx.toString(), "--as", "张检查");
        assertThat(refused.exit()).isEqualTo(2);
        assertThat(refused.err()).contains("只有主管或管理员可以修改考核表模板");

        CliRun same = CliRun.of("templates", "import", "--data-dir", dir.toString(), xlsx.toString(), "--as", "王主管");
        assertThat(same.exit()).isZero();
        assertThat(same.out()).contains("与 hospital-maintenance 第 1 版相同，未改动", "与 canteen-food-safety 第 1 版相同，未改动");

        Path bad = Files.writeString(dir.resolve("坏.xlsx"), "not a workbook");
        CliRun broken = CliRun.of("templates", "import", "--data-dir", dir.toString(), bad.toString(), "--as", "王主管");
        assertThat(broken.exit()).isEqualTo(2);
        assertThat(broken.err()).contains("无法读取 Excel 文件 坏.xlsx");
        try (AppContext context = AppContext.open(MigratedTemplate.into(dir))) {
            assertThat(context.core().templates().latest()).extracting(TemplateRepository.TemplateSummary::version).containsOnly(1);
        }
    }
}
