package com.logicheck.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.logicheck.app.AppContext;
import com.logicheck.app.TestContexts;
import com.logicheck.domain.DomainException;
import com.logicheck.domain.ServiceLine;
import com.logicheck.domain.org.Person;
import com.logicheck.domain.org.Role;
import com.logicheck.service.ReferenceRows.PlaceLine;
import com.logicheck.service.ReferenceRows.ProviderLine;
import com.logicheck.suites.DatabaseTest;
import com.logicheck.suites.MigratedTemplate;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 单位设置 on a real H2 file set up by the wizard: name, logo, idle lock, language and sync folder change and are
 * logged; bad input and people who may not change anything leave everything as it was; one step undoes.
 */
@DatabaseTest
class OrganisationSettingsIT {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-21T09:00:00Z"), ZoneId.of("Asia/Shanghai"));
    @TempDir
    Path dir;
    @TempDir
    Path files;
    AppContext c;
    Person admin;
    Person inspector;
    OrganisationSettings settings;
    Path logo;

    @BeforeEach
    void setUp() throws Exception {
        c = TestContexts.open(MigratedTemplate.into(dir), CLOCK);
        admin = c.accounts().setup().complete(new OrganisationSetup.Plan("神木县医院", OrganisationSetup.logo(image("red.png",
                new Color(180, 20, 30), 800, 400)), "王主任", "Wang", "hq-2026-admin".toCharArray(),
                List.of(new PlaceLine("东院区", "住院部1号楼", "5层", "心内科病区")),
                List.of(new ProviderLine("康洁物业服务有限公司", "康洁物业", Set.of(ServiceLine.ENVIRONMENT))), Set.of()));
        inspector = c.core().reference().addPerson(c.core().reference().organisation().orElseThrow().id(), "张伟", Role.INSPECTOR, null);
        settings = c.settings().organisation();
        logo = c.dataDirectory().branding().resolve("logo.png");
    }

    @AfterEach
    void close() {
        c.close();
    }

    Path image(String name, Color color, int w, int h) throws Exception {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        var g = img.createGraphics();
        g.setColor(color);
        g.fillRect(0, 0, w, h);
        g.dispose();
        Path file = files.resolve(name);
        ImageIO.write(img, name.endsWith(".jpg") ? "jpg" : "png", file.toFile());
        return file;
    }

    @Test
    void anAdministratorRenamesTheOrganisationAndUndoesIt() {
        settings.rename(admin.id(), "  神木市医院  ");
        assertThat(c.core().reference().organisation().orElseThrow().name()).isEqualTo("神木市医院");
        OrganisationSettings.Snapshot s = settings.load(admin.id());
        assertThat(s.organisation()).isEqualTo("神木市医院");
        assertThat(s.undo()).isEqualTo("branding.undo.rename");
        assertThat(s.history()).extracting(HistoryEntry::action).containsSubsequence("SET_UP", "RENAMED");
        assertThat(s.history().get(s.history().size() - 1).detail()).contains("神木县医院", "神木市医院");

        assertThat(settings.undo(inspector.id())).isFalse(); // someone else's step
        assertThat(settings.undo(admin.id())).isTrue();
        assertThat(c.core().reference().organisation().orElseThrow().name()).isEqualTo("神木县医院");
        assertThat(settings.undo(admin.id())).isFalse();
        assertThat(settings.load(admin.id()).history()).extracting(HistoryEntry::action).endsWith("RENAMED", "RENAMED");
    }

    @Test
    void separationOfDutiesIsOnByDefaultAndOnlyAnAdministratorTurnsItOff() {
        assertThat(settings.load(admin.id()).separationOfDuties()).isTrue();
        assertThatThrownBy(() -> settings.separationOfDuties(inspector.id(), false)).isInstanceOf(DomainException.class);
        assertThat(settings.load(admin.id()).separationOfDuties()).isTrue();
        settings.separationOfDuties(admin.id(), false);
        assertThat(settings.load(inspector.id()).separationOfDuties()).isFalse();
        assertThat(new SeparationOfDuties(c.core().settings()).on()).isFalse();
        assertThat(settings.undo(admin.id())).isTrue();
        assertThat(new SeparationOfDuties(c.core().settings()).on()).isTrue();
    }

    @Test
    void aBlankOrTooLongNameOrAnInspectorChangesNothing() {
        assertThatThrownBy(() -> settings.rename(admin.id(), "   ")).isInstanceOf(DomainException.class)
                .hasMessageContaining("problem.setup.organisationEmpty");
        assertThatThrownBy(() -> settings.rename(admin.id(), "院".repeat(201))).isInstanceOf(DomainException.class)
                .hasMessageContaining("problem.setup.organisationLong");
        assertThatThrownBy(() -> settings.rename(inspector.id(), "别的医院")).isInstanceOf(DomainException.class)
                .hasMessageContaining("problem.branding.notAdmin");
        assertThat(c.core().reference().organisation().orElseThrow().name()).isEqualTo("神木县医院");
        assertThat(settings.load(inspector.id()).mayEditOrganisation()).isFalse();
        assertThat(settings.load(admin.id()).mayEditOrganisation()).isTrue();
        assertThat(settings.load(admin.id()).history()).extracting(HistoryEntry::action).containsExactly("SET_UP");
    }

    @Test
    void anewLogoReplacesTheOldOneOnTheNextPdfAndUndoBringsItBack() throws Exception {
        byte[] red = Files.readAllBytes(logo);
        assertThat(c.core().letterhead().logo().orElseThrow().getRGB(10, 10) & 0xffffff).isEqualTo(0xb4141e);
        settings.replaceLogo(admin.id(), image("blue.jpg", new Color(20, 40, 200), 300, 300));
        BufferedImage printed = c.core().letterhead().logo().orElseThrow();
        assertThat(printed.getWidth()).isEqualTo(printed.getHeight());
        assertThat(new Color(printed.getRGB(10, 10)).getBlue()).isGreaterThan(150);
        assertThat(settings.load(admin.id()).logoPng()).isEqualTo(Files.readAllBytes(logo));
        assertThat(settings.load(admin.id()).history()).extracting(HistoryEntry::action).endsWith("LOGO_CHANGED");

        assertThat(settings.undo(admin.id())).isTrue();
        assertThat(Files.readAllBytes(logo)).isEqualTo(red);

        settings.removeLogo(admin.id());
        assertThat(logo).doesNotExist();
        assertThat(c.core().letterhead().logo()).isEmpty();
        assertThat(settings.load(admin.id()).logoPng()).isNull();
        assertThat(settings.undo(admin.id())).isTrue();
        assertThat(Files.readAllBytes(logo)).isEqualTo(red);
        assertThat(settings.load(admin.id()).history()).extracting(HistoryEntry::action)
                .endsWith("LOGO_CHANGED", "LOGO_CHANGED", "LOGO_REMOVED", "LOGO_CHANGED");
    }

    @Test
    void aFileThatIsNotAnImageTooLargeOrMissingIsRefusedAndTheOldLogoKept() throws Exception {
        byte[] red = Files.readAllBytes(logo);
        Path text = Files.writeString(files.resolve("logo.png"), "not a picture");
        assertThatThrownBy(() -> settings.replaceLogo(admin.id(), text)).isInstanceOf(DomainException.class)
                .hasMessageContaining("problem.setup.logoNotImage");
        Path huge = image("huge.png", Color.WHITE, 12_000, 20);
        assertThatThrownBy(() -> settings.replaceLogo(admin.id(), huge)).isInstanceOf(DomainException.class)
                .hasMessageContaining("problem.branding.logoPixels");
        Path big = files.resolve("big.png");
        Files.write(big, new byte[(int) OrganisationSettings.LOGO_MAX_BYTES + 1]);
        assertThatThrownBy(() -> settings.replaceLogo(admin.id(), big)).isInstanceOf(DomainException.class)
                .hasMessageContaining("problem.setup.logoTooLarge");
        assertThatThrownBy(() -> settings.replaceLogo(admin.id(), files.resolve("gone.png")))
                .isInstanceOf(DomainException.class).hasMessageContaining("problem.branding.logoMissing");
        Path fine = image("fine.png", Color.GREEN, 64, 64);
        assertThatThrownBy(() -> settings.replaceLogo(inspector.id(), fine)).isInstanceOf(DomainException.class)
                .hasMessageContaining("problem.branding.notAdmin");
        assertThatThrownBy(() -> settings.removeLogo(inspector.id())).isInstanceOf(DomainException.class)
                .hasMessageContaining("problem.branding.notAdmin");
        assertThat(Files.readAllBytes(logo)).isEqualTo(red);
        try (var left = Files.list(logo.getParent())) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly("logo.png");
        }
        assertThat(settings.load(admin.id()).history()).extracting(HistoryEntry::action).containsExactly("SET_UP");
    }

    @Test
    void idleLockLanguageAndSyncFolderAreSettingsWithHistoryAndUndo() throws Exception {
        settings.idleMinutes(admin.id(), " 25 ");
        assertThat(c.settings().session().idleMinutes()).isEqualTo(25);
        for (String bad : new String[] {"", "abc", "-1", "241", "1.5"}) {
            assertThatThrownBy(() -> settings.idleMinutes(admin.id(), bad)).as(bad).isInstanceOf(DomainException.class)
                    .hasMessageContaining("problem.account.idleMinutes");
        }
        assertThatThrownBy(() -> settings.idleMinutes(inspector.id(), "5")).isInstanceOf(DomainException.class)
                .hasMessageContaining("problem.branding.notAdmin");
        assertThat(c.settings().session().idleMinutes()).isEqualTo(25);
        assertThat(settings.undo(admin.id())).isTrue();
        assertThat(c.settings().session().idleMinutes()).isEqualTo(SessionSettings.DEFAULT_IDLE_MINUTES);
        assertThat(c.core().settings().get(SessionSettings.IDLE_MINUTES)).isEmpty();

        // this laptop's language and sync folder: anyone may
        assertThat(settings.language()).isEqualTo("zh");
        settings.language(inspector.id(), "en");
        assertThat(settings.load(inspector.id()).language()).isEqualTo("en");
        assertThatThrownBy(() -> settings.language(inspector.id(), "fr")).isInstanceOf(DomainException.class)
                .hasMessageContaining("problem.branding.language");
        settings.syncFolder(inspector.id(), files);
        assertThat(c.core().settings().get(OrganisationSettings.SYNC_FOLDER)).contains(files.toAbsolutePath().toString());
        assertThatThrownBy(() -> settings.syncFolder(inspector.id(), files.resolve("nowhere")))
                .isInstanceOf(DomainException.class).hasMessageContaining("problem.branding.syncFolder");
        assertThat(settings.load(inspector.id()).syncFolder()).isEqualTo(files.toAbsolutePath().toString());
        assertThat(settings.undo(inspector.id())).isTrue();
        assertThat(c.core().settings().get(OrganisationSettings.SYNC_FOLDER)).isEmpty();
        assertThat(settings.load(admin.id()).history()).filteredOn(e -> e.action().equals("SETTING")).hasSize(5)
                .allSatisfy(e -> assertThat(e.detail()).contains("\"key\""));

        // 完成检查 → 签字: on unless this laptop switched it off; anyone may
        assertThat(settings.load(inspector.id()).signAfterFinish()).isTrue();
        settings.signAfterFinish(inspector.id(), false);
        assertThat(settings.signAfterFinish()).isFalse();
        settings.signAfterFinish(inspector.id(), true);
        assertThat(settings.load(inspector.id()).signAfterFinish()).isTrue();
    }
}
