package com.logicheck.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.logicheck.domain.DomainException;
import com.logicheck.domain.Problem;
import com.logicheck.suites.DatabaseTest;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Issue 19, item 5 / case 8 on the command line: a bug's stack trace lands in the data folder's log file and the user
 * gets a sentence naming that file, with no exception class, SQL or internal path; a refusal prints its message and
 * writes no log at all.
 */
@DatabaseTest
class LogFileIT {
    @TempDir
    Path dir;

    @AfterEach
    void stopLogging() {
        LogFile.remove();
    }

    @Command(name = "boom")
    static final class Bug implements Callable<Integer> {
        @Override
        public Integer call() {
            throw new IllegalStateException("SELECT password_hash FROM person WHERE id = 7; see /srv/data/keys/7.p12");
        }
    }

    @Command(name = "refuse")
    static final class Refusal implements Callable<Integer> {
        @Override
        public Integer call() {
            throw new DomainException(Problem.of("problem.sign.refusalReason", "李主任"));
        }
    }

    private record Run(int exit, String err) {
    }

    private Run run(String... args) {
        CommandLine cli = Main.commandLine(new Main());
        cli.addSubcommand(new Bug());
        cli.addSubcommand(new Refusal());
        StringWriter err = new StringWriter();
        cli.setErr(new PrintWriter(err, true));
        int exit = cli.execute(args);
        return new Run(exit, err.toString());
    }

    @Test
    void aBugsStackTraceGoesToTheDataFoldersLogFileAndTheUserIsToldWhere() throws Exception {
        Path data = dir.resolve("data");
        Run run = run("--data-dir", data.toString(), "boom");

        Path log = data.toAbsolutePath().resolve("logs/logicheck.log");
        assertThat(run.exit()).as("internal error, ADR 0028").isEqualTo(4);
        assertThat(run.err().strip()).isEqualTo("出现意外错误，命令没有完成。详情已记入日志文件 " + log
                + "，可以把这个文件发给技术支持。");
        assertThat(run.err()).doesNotContain("Exception", "SELECT", "keys", ".p12", "\tat ");
        assertThat(log).exists();
        String written = Files.readString(log);
        assertThat(written).contains("ERROR", "unexpected failure in 'logicheck boom'",
                "java.lang.IllegalStateException: SELECT password_hash", "at com.logicheck.app.LogFileIT$Bug.call");
    }

    @Test
    void aRefusalIsItsMessageAndWritesNoLogFile() {
        Path data = dir.resolve("data");
        Run run = run("--data-dir", data.toString(), "refuse");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err().strip()).isEqualTo("错误：李主任 拒绝签字时须填写原因。");
        assertThat(data.resolve("logs")).doesNotExist();
    }
}
