package com.logicheck.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.logicheck.suites.DatabaseTest;
import org.junit.jupiter.api.Test;

/** {@code logicheck selfcheck}, as installer/check.sh runs it on a packaged app: a temporary folder, one signed PDF. */
@DatabaseTest
class SelfCheckCommandIT {

    @Test
    void printsEachStepAndOk() {
        CliRun run = CliRun.of("selfcheck");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("数据库已建立").contains("内置考核表 9 张已装入").contains("签字版 PDF 已生成并校验通过");
        assertThat(run.out().strip()).endsWith("OK");
    }
}
