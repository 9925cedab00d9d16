package com.logicheck.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.logicheck.app.AppContext;
import com.logicheck.domain.DomainException;
import com.logicheck.i18n.Messages;
import com.logicheck.persistence.DatabaseFault;
import com.logicheck.suites.DatabaseTest;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 19 case 2: random bytes in the middle of this laptop's database file. Wherever they land, the damage is
 * either refused at open (with 从备份恢复, the file left as it is) or, found only while a valid incoming file is
 * imported, reported as the local database fault — never blamed on the file ("检查记录内容不完整或不一致").
 */
@DatabaseTest
class LocalDatabaseFaultIT {
    private static final Set<String> REFUSED_AT_OPEN = Set.of("problem.database.damaged", "problem.database.wentBack");
    @TempDir
    Path dir;

    @Test
    void randomBytesAnywhereAreRefusedAtOpenOrReportedAsLocalNeverBlamedOnAValidFile() throws Exception {
        Path folder = dir.resolve("sync");
        Files.createDirectories(folder);
        UUID actor;
        try (Laptop a = new Laptop(dir.resolve("a"), "张伟", "心内科病区", 1);
             Laptop b = new Laptop(dir.resolve("b"), "李娜", "急诊科", 2)) {
            a.signSheet(1);
            assertThat(a.context.sync().exporter().export(folder).written()).isNotEmpty();
            b.trustEveryoneOf(a);
            actor = b.inspector.id();
        }
        Path pristine = dir.resolve("b/data");
        Path data = dir.resolve("damaged");
        long size = Files.size(pristine.resolve("db/logicheck.mv.db"));
        List<String> outcomes = new ArrayList<>();
        Random random = new Random(19);
        for (long at = 8 * 1024; at < size - 8 * 1024; at += size / 8) {
            copy(pristine, data);
            Path file = data.resolve("db/logicheck.mv.db");
            try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
                byte[] junk = new byte[8 * 1024];
                random.nextBytes(junk);
                f.seek(at);
                f.write(junk);
            }
            byte[] damaged = Files.readAllBytes(file);
            AppContext context;
            try {
                context = AppContext.open(data);
            } catch (DomainException e) {
                assertThat(e.first().key()).isIn(REFUSED_AT_OPEN);
                assertThat(Files.readAllBytes(file)).as("a refused file is left as it is").isEqualTo(damaged);
                outcomes.add("refused");
                continue;
            }
            try (context) {
                ImportReport report = context.sync().importer().importFolder(folder, actor, r -> { });
                assertThat(report.results().toString()).as("a valid file is never refused").doesNotContain("sync.refused");
                outcomes.add("imported");
            } catch (DatabaseFault fault) {
                assertThat(new Messages(Messages.CHINESE).problems(fault))
                        .contains("本机数据库读取出错").contains("不是所处理文件的问题").contains("从备份恢复");
                outcomes.add("fault");
            }
        }
        assertThat(outcomes).as("some damage is found at open").contains("refused");
    }

    @Test
    void damageFoundWhileImportingIsTheLocalDatabasesFaultNotTheFiles() throws Exception {
        Path folder = dir.resolve("sync");
        Files.createDirectories(folder);
        try (Laptop a = new Laptop(dir.resolve("a"), "张伟", "心内科病区", 1);
             Laptop b = new Laptop(dir.resolve("b"), "李娜", "急诊科", 2)) {
            a.signSheet(1);
            assertThat(a.context.sync().exporter().export(folder).written()).isNotEmpty();
            b.trustEveryoneOf(a);
            Path file = dir.resolve("b/data/db/logicheck.mv.db");
            // the open database forgets the pages it holds (a large folder never holds them all), then its file is
            // overwritten on disk except for the headers: the import has to read damaged pages
            try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("b/data/db/logicheck")
                    + ";IFEXISTS=TRUE", "sa", ""); Statement s = c.createStatement()) {
                s.execute("SET CACHE_SIZE 0");
            }
            try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
                byte[] junk = new byte[(int) f.length() - 16 * 1024];
                new Random(7).nextBytes(junk);
                f.seek(8 * 1024);
                f.write(junk);
            }
            Throwable thrown = null;
            ImportReport report = null;
            try {
                report = b.context.sync().importer().importFolder(folder, b.inspector.id(), r -> { });
            } catch (RuntimeException e) {
                thrown = e;
            }
            assertThat(report == null ? "" : report.results().toString()).as("the valid file is not refused")
                    .doesNotContain("sync.refused");
            assertThat(thrown).isInstanceOf(DatabaseFault.class);
            assertThat(new Messages(Messages.CHINESE).problems((DatabaseFault) thrown))
                    .contains("本机数据库读取出错").contains("不是所处理文件的问题").contains("从备份恢复");
        }
    }

    private static void copy(Path from, Path to) throws Exception {
        if (Files.exists(to)) {
            try (Stream<Path> walk = Files.walk(to)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else if (!p.getFileName().toString().equals(".lock")) {
                    Files.copy(p, target);
                }
            }
        }
    }
}
