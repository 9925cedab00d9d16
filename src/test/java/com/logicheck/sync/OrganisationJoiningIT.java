package com.logicheck.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.logicheck.app.AppContext;
import com.logicheck.app.TestContexts;
import com.logicheck.domain.DomainException;
import com.logicheck.domain.org.Person;
import com.logicheck.domain.org.PlaceKind;
import com.logicheck.domain.org.Role;
import com.logicheck.service.OrganisationJoin;
import com.logicheck.service.OrganisationJoin.Join;
import com.logicheck.service.OrganisationJoin.Member;
import com.logicheck.suites.DatabaseTest;
import com.logicheck.suites.MigratedTemplate;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 加入已有单位: a second laptop joins the first one's organisation from a sync folder and its user logs in as a person
 * of the package; an empty folder, a folder without a package, a changed package and a declined signer are each
 * refused with their reason and leave the new laptop as it was.
 */
@DatabaseTest
class OrganisationJoiningIT {
    private static final char[] KEY_PASSWORD = "加入-测试-2026".toCharArray();
    private static final String MY_PASSWORD = "li-ming-2026-east";
    @TempDir
    Path dir;

    private static String refusal(Runnable r) {
        try {
            r.run();
        } catch (DomainException e) {
            return e.first().key();
        }
        return "accepted";
    }

    private static Join as(OrganisationJoin.Offer offer, String confirmed, UUID person) {
        return new Join(offer.file(), confirmed, person, "liming", MY_PASSWORD.toCharArray(), MY_PASSWORD.toCharArray());
    }

    private static void untouched(AppContext b) {
        assertThat(b.accounts().setup().needed()).isTrue();
        assertThat(b.core().trust().all()).isEmpty();
        assertThat(b.core().reference().places()).isEmpty();
        assertThat(b.core().currentUser().loggedIn()).isEmpty();
    }

    @Test
    void aSecondLaptopJoinsTheOrganisationFromTheSyncFolderAndBadFoldersAreRefused() throws Exception {
        Path folder = dir.resolve("sync");
        Path empty = Files.createDirectories(dir.resolve("empty"));
        Path noPackage = Files.createDirectories(dir.resolve("no-package"));
        Files.write(noPackage.resolve("stranger.pdf"), "%PDF-1.4 not a LogiCheck file".getBytes(StandardCharsets.UTF_8));
        Path changed = Files.createDirectories(dir.resolve("changed"));
        Person boss;
        Person inspector;
        try (AppContext a = TestContexts.open(MigratedTemplate.into(dir.resolve("a")))) {
            var org = a.core().reference().createOrganisation("示例县人民医院");
            boss = a.core().reference().addPerson(org.id(), "刘洋", Role.SUPERVISOR, null);
            inspector = a.core().reference().addPerson(org.id(), "李明", Role.INSPECTOR, null);
            var provider = a.core().reference().addProvider(org.id(), "康洁物业服务有限公司", "康洁物业");
            a.core().reference().addPerson(org.id(), "赵经理", Role.PROVIDER_CONTACT, provider.id());
            a.core().reference().addPlace(org.id(), null, PlaceKind.SITE, "东院区");
            a.sync().referenceExporter().export(folder, boss, KEY_PASSWORD, boss.id());
        }
        List<Path> written;
        try (var files = Files.list(folder)) {
            written = files.filter(p -> p.toString().endsWith(".pdf")).toList();
        }
        assertThat(written).hasSize(1);
        byte[] pdf = Files.readAllBytes(written.get(0));
        byte[] appended = new byte[pdf.length + 12];
        System.arraycopy(pdf, 0, appended, 0, pdf.length);
        System.arraycopy("\n% changed\n".getBytes(StandardCharsets.US_ASCII), 0, appended, pdf.length, 11);
        Files.write(changed.resolve("reference.pdf"), appended);

        try (AppContext b = TestContexts.open(MigratedTemplate.into(dir.resolve("b")))) {
            OrganisationJoin join = b.sync().joining();
            assertThat(refusal(() -> join.read(empty))).isEqualTo("problem.join.emptyFolder");
            assertThat(refusal(() -> join.read(noPackage))).isEqualTo("problem.join.noPackage");
            assertThat(refusal(() -> join.read(changed))).isEqualTo("problem.join.tampered");
            untouched(b);

            OrganisationJoin.Offer offer = join.read(folder);
            assertThat(offer.organisation()).isEqualTo("示例县人民医院");
            assertThat(offer.signerName()).isEqualTo("刘洋");
            assertThat(offer.trusted()).isFalse();
            assertThat(offer.people()).extracting(Member::name).as("a provider's contact never logs in here")
                    .containsExactlyInAnyOrder("刘洋", "李明");
            untouched(b);

            assertThat(refusal(() -> join.join(as(offer, null, inspector.id())))).as("the user declined the signer")
                    .isEqualTo("problem.join.signerNotConfirmed");
            assertThat(refusal(() -> join.join(as(offer, "00".repeat(32), inspector.id()))))
                    .isEqualTo("problem.join.signerNotConfirmed");
            assertThat(refusal(() -> join.join(as(offer, offer.fingerprint(), UUID.randomUUID()))))
                    .isEqualTo("problem.join.notInPackage");
            assertThat(refusal(() -> join.join(new Join(offer.file(), offer.fingerprint(), inspector.id(), "liming",
                    MY_PASSWORD.toCharArray(), "another-password-2026".toCharArray()))))
                    .isEqualTo("problem.account.passwordMismatch");
            untouched(b);

            Person me = join.join(as(offer, offer.fingerprint(), inspector.id()));
            assertThat(me.id()).isEqualTo(inspector.id());
            assertThat(b.core().currentUser().loggedIn()).contains(me);
            assertThat(b.accounts().setup().needed()).isFalse();
            assertThat(b.core().reference().organisation().orElseThrow().name()).isEqualTo("示例县人民医院");
            assertThat(b.core().reference().places()).extracting(p -> p.name()).contains("东院区");
            assertThat(b.core().trust().isTrusted(offer.fingerprint())).isTrue();
            var logIn = b.accounts().service().logIn("liming", MY_PASSWORD.toCharArray());
            assertThat(logIn.person().id()).isEqualTo(inspector.id());
            assertThat(logIn.passwordChangeRequired()).as("the password was set by the person themself").isFalse();
            assertThat(b.accounts().service().userAccounts()).filteredOn(u -> u.hasPassword())
                    .extracting(u -> u.name()).as("no second administrator").containsExactly("李明");

            assertThat(refusal(() -> join.join(as(offer, offer.fingerprint(), boss.id()))))
                    .as("a laptop that has joined joins no more").isEqualTo("problem.setup.alreadyDone");
            assertThat(b.sync().importer().importFolder(folder, me.id(), r -> { }).results())
                    .extracting(r -> r.kind()).as("the package joined from is known to sync")
                    .containsExactly(ImportReport.Kind.SKIPPED);
        }
    }
}
