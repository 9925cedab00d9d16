package com.logicheck.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.logicheck.app.AppContext;
import com.logicheck.app.TestContexts;
import com.logicheck.domain.DomainException;
import com.logicheck.domain.inspection.InspectionStatus;
import com.logicheck.domain.org.Person;
import com.logicheck.domain.org.Role;
import com.logicheck.suites.DatabaseTest;
import com.logicheck.suites.MigratedTemplate;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A person resolves what an import listed (ADR 0019): keeping one of two revisions leaves the other SUPERSEDED (still
 * there); a provider changed on both laptops is listed, the local row untouched until someone takes the incoming one,
 * and the same package never raises the conflict again.
 */
@DatabaseTest
class SyncConflictResolutionIT {
    private static final char[] PASSWORD = "冲突-测试-2026".toCharArray();
    @TempDir
    Path dir;

    @Test
    void keepingTheIncomingRevisionSupersedesTheLocalOneWithoutDeletingIt() {
        Path toB = dir.resolve("to-b");
        Path toA = dir.resolve("to-a");
        try (Laptop a = new Laptop(dir.resolve("a"), "张伟", "心内科病区", 3);
             Laptop b = new Laptop(dir.resolve("b"), "李娜", "急诊科", 4)) {
            UUID original = a.signSheet(0);
            a.context.sync().exporter().export(toB);
            b.trustEveryoneOf(a);
            b.context.sync().importer().importFolder(toB, null, r -> { });
            UUID revisedOnA = a.revise(original);
            UUID revisedOnB = b.revise(original);
            b.context.sync().exporter().export(toA);
            a.trustEveryoneOf(b);
            a.context.sync().importer().importFolder(toA, null, r -> { });

            var open = a.context.sync().conflicts().open();
            assertThat(open).hasSize(1);
            SyncConflict e = open.get(0);
            assertThat(e.kind()).isEqualTo(SyncConflict.Kind.COMPETING_REVISION);
            assertThat(e.local().id()).isEqualTo(revisedOnA);
            assertThat(e.incoming().id()).isEqualTo(revisedOnB);
            assertThat(e.incoming().sheet().inspector()).isEqualTo("张伟");
            assertThat(e.local().sheet().revision()).isEqualTo(2);
            var counts = a.context.sync().repository().counts();

            a.context.sync().conflicts().decide(e, SyncConflict.Decision.TAKE_INCOMING, a.inspector.id());
            assertThat(a.context.sync().conflicts().open()).isEmpty();
            assertThat(a.context.core().signedSheets().state(revisedOnB).orElseThrow().status()).isEqualTo(InspectionStatus.SIGNED);
            assertThat(a.context.core().signedSheets().state(revisedOnA).orElseThrow().status())
                    .isEqualTo(InspectionStatus.SUPERSEDED);
            assertThat(a.context.sync().repository().counts()).as("nothing deleted").isEqualTo(counts);
            assertThat(a.context.inspection().signing().signedPdf(revisedOnA)).isPresent();
            assertThatThrownBy(() -> a.context.sync().conflicts().decide(e, SyncConflict.Decision.KEEP_LOCAL, a.inspector.id()))
                    .isInstanceOf(DomainException.class);
            assertThat(a.context.sync().importer().importFolder(toA, null, r -> { }).needingAttention()).isEmpty();
        }
    }

    @Test
    void aProviderChangedOnBothLaptopsWaitsForAPersonAndTheSamePackageDoesNotAskAgain() throws Exception {
        Path folder = dir.resolve("sync");
        try (AppContext a = TestContexts.open(MigratedTemplate.into(dir.resolve("a")));
                AppContext b = TestContexts.open(MigratedTemplate.into(dir.resolve("b")))) {
            var org = a.core().reference().createOrganisation("示例县人民医院");
            Person boss = a.core().reference().addPerson(org.id(), "刘洋", Role.SUPERVISOR, null);
            var provider = a.core().reference().addProvider(org.id(), "康洁物业服务有限公司", "康洁物业");
            a.sync().referenceExporter().export(folder, boss, PASSWORD, boss.id());
            a.core().trust().all().forEach(c -> b.core().trust().add(c.sha256(), c.subject(), c.signerName(), c.certificate(), null, null));
            assertThat(b.sync().importer().importFolder(folder, null, r -> { }).count(ImportReport.Kind.NEW)).isEqualTo(1);

            shortName(a, provider.id(), "康洁（A改）");
            shortName(b, provider.id(), "康洁（B改）");
            Person bossOnB = b.core().reference().person(boss.id()).orElseThrow();
            Path fromB = dir.resolve("from-b");
            b.sync().referenceExporter().export(fromB, bossOnB, "B的签名密码-2026".toCharArray(), bossOnB.id());
            b.core().trust().all().forEach(c -> a.core().trust().add(c.sha256(), c.subject(), c.signerName(), c.certificate(), null, null));

            ImportReport intoA = a.sync().importer().importFolder(fromB, boss.id(), r -> { });
            assertThat(intoA.count(ImportReport.Kind.CONFLICT)).isEqualTo(1);
            assertThat(intoA.results().get(0).reason()).isEqualTo("sync.package.conflicts");
            assertThat(a.core().reference().provider(provider.id()).orElseThrow().shortName()).isEqualTo("康洁（A改）");
            var open = a.sync().conflicts().open();
            assertThat(open).hasSize(1);
            assertThat(open.get(0).local().json()).contains("康洁（A改）");
            assertThat(open.get(0).incoming().json()).contains("康洁（B改）");

            a.sync().conflicts().decide(open.get(0), SyncConflict.Decision.TAKE_INCOMING, boss.id());
            assertThat(a.core().reference().provider(provider.id()).orElseThrow().shortName()).isEqualTo("康洁（B改）");
            assertThat(a.sync().conflicts().open()).isEmpty();
            // B's next package carries the same row: equal now, nothing listed
            shortName(b, provider.id(), "康洁（B改）");
            assertThat(a.sync().importer().importFolder(fromB, boss.id(), r -> { }).needingAttention()).isEmpty();
        }
    }

    private static void shortName(AppContext c, UUID provider, String value) throws Exception {
        String url = "jdbc:h2:file:" + c.dataDirectory().databaseFile().toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE";
        try (var con = DriverManager.getConnection(url, "sa", "");
             var st = con.prepareStatement("UPDATE provider SET short_name = ? WHERE id = ?")) {
            st.setString(1, value);
            st.setObject(2, provider);
            assertThat(st.executeUpdate()).isEqualTo(1);
        }
    }
}
