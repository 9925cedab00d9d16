package com.logicheck.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.logicheck.app.AppContext;
import com.logicheck.app.TestContexts;
import com.logicheck.domain.DomainException;
import com.logicheck.domain.ServiceLine;
import com.logicheck.domain.org.Place;
import com.logicheck.domain.org.PlaceKind;
import com.logicheck.domain.org.Role;
import com.logicheck.i18n.Messages;
import com.logicheck.service.ReferenceRows.PlaceLine;
import com.logicheck.service.ReferenceRows.ProviderLine;
import com.logicheck.suites.DatabaseTest;
import com.logicheck.suites.MigratedTemplate;
import com.logicheck.xlsx.TableWorkbook;
import java.awt.image.BufferedImage;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 首次设置 on a real H2 file: everything in one transaction, nothing on bad input, demo data beside it. */
@DatabaseTest
class OrganisationSetupIT {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-21T09:00:00Z"), ZoneId.of("Asia/Shanghai"));
    @TempDir
    Path dir;
    @TempDir
    Path files;
    AppContext c;

    @BeforeEach
    void open() {
        c = TestContexts.open(MigratedTemplate.into(dir), CLOCK);
    }

    @AfterEach
    void close() {
        c.close();
    }

    OrganisationSetup.Plan plan(List<PlaceLine> places, byte[] logo) {
        return new OrganisationSetup.Plan("神木县医院", logo, "王主任", "Wang", "hq-2026-admin".toCharArray(), places,
                List.of(new ProviderLine("康洁物业服务有限公司", "康洁物业", Set.of(ServiceLine.ENVIRONMENT)),
                        new ProviderLine("恒通机电工程有限公司", "恒通机电", Set.of(ServiceLine.MAINTENANCE, ServiceLine.SECURITY))),
                Set.of("canteen-food-safety"));
    }

    static final List<PlaceLine> PLACES = List.of(
            new PlaceLine("东院区", "住院部1号楼", "5层", "心内科病区"),
            new PlaceLine("东院区", "住院部1号楼", "6层", "呼吸科病区"),
            new PlaceLine("西院区", "", "", "锅炉房"));

    @Test
    void aFreshFolderIsSetUpInOneGoAndTheAdminIsLoggedIn() throws Exception {
        assertThat(c.accounts().setup().needed()).isTrue();
        Path logoFile = files.resolve("logo.jpg");
        BufferedImage img = new BufferedImage(1200, 600, BufferedImage.TYPE_INT_RGB);
        ImageIO.write(img, "jpg", logoFile.toFile());
        byte[] logo = OrganisationSetup.logo(logoFile);

        var admin = c.accounts().setup().complete(plan(PLACES, logo));

        assertThat(c.accounts().setup().needed()).isFalse();
        assertThat(admin.role()).isEqualTo(Role.ADMIN);
        assertThat(c.core().currentUser().loggedIn()).contains(admin);
        assertThat(c.accounts().service().logInRequired()).isTrue();
        assertThat(c.accounts().service().account(admin.id()).orElseThrow().login()).isEqualTo("wang");
        assertThat(c.core().reference().organisation().orElseThrow().name()).isEqualTo("神木县医院");
        List<Place> places = c.core().reference().places();
        assertThat(places).extracting(Place::path).containsExactly("东院区", "东院区 / 住院部1号楼",
                "东院区 / 住院部1号楼 / 5层", "东院区 / 住院部1号楼 / 5层 / 心内科病区", "东院区 / 住院部1号楼 / 6层",
                "东院区 / 住院部1号楼 / 6层 / 呼吸科病区", "西院区", "西院区 / 锅炉房");
        assertThat(places.stream().filter(p -> p.name().equals("锅炉房")).findFirst().orElseThrow().kind())
                .isEqualTo(PlaceKind.AREA);
        assertThat(c.core().reference().providers()).extracting(p -> p.shortName()).containsExactlyInAnyOrder("恒通机电", "康洁物业");
        var hengtong = c.core().reference().providers().stream().filter(p -> p.shortName().equals("恒通机电")).findFirst().orElseThrow();
        try (var conn = DriverManager.getConnection("jdbc:h2:file:" + c.dataDirectory().databaseFile()
                + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE", "sa", "");
             var st = conn.prepareStatement("SELECT service_lines, starts_on FROM contract WHERE provider_id = ?")) {
            st.setObject(1, hengtong.id());
            try (var rs = st.executeQuery()) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("MAINTENANCE,SECURITY");
                assertThat(rs.getDate(2).toLocalDate()).isEqualTo(YearMonth.of(2026, 11).atDay(1));
            }
        }
        assertThat(c.core().templates().latest()).extracting(t -> t.code()).doesNotContain("canteen-food-safety").hasSize(8);
        Path stored = c.dataDirectory().branding().resolve("logo.png");
        BufferedImage png = ImageIO.read(stored.toFile());
        assertThat(png.getWidth()).isEqualTo(512);
        assertThat(png.getHeight()).isEqualTo(256);

        assertThatThrownBy(() -> c.accounts().setup().complete(plan(PLACES, null)))
                .isInstanceOf(DomainException.class).hasMessageContaining("problem.setup.alreadyDone");
    }

    @Test
    void aBadRowOrABadPasswordWritesNothing() {
        var badPlaces = List.of(PLACES.get(0), new PlaceLine("", "门诊楼", "", ""));
        assertThatThrownBy(() -> c.accounts().setup().complete(plan(badPlaces, null)))
                .isInstanceOf(DomainException.class).hasMessageContaining("problem.setup.placeNoSite");
        var weak = new OrganisationSetup.Plan("神木县医院", null, "王主任", "wang", "123".toCharArray(), PLACES, List.of(),
                Set.of());
        assertThatThrownBy(() -> c.accounts().setup().complete(weak))
                .isInstanceOf(DomainException.class).hasMessageContaining("problem.account.passwordShort");
        assertThat(c.accounts().setup().needed()).isTrue();
        assertThat(c.core().reference().organisation()).isEmpty();
        assertThat(c.core().reference().places()).isEmpty();
        assertThat(c.accounts().service().logInRequired()).isFalse();
        assertThat(Files.exists(c.dataDirectory().branding().resolve("logo.png"))).isFalse();
    }

    @Test
    void aFileThatIsNotAnImageIsRefusedAsLogo() throws Exception {
        Path notImage = Files.writeString(files.resolve("logo.png"), "not a picture");
        assertThatThrownBy(() -> OrganisationSetup.logo(notImage)).isInstanceOf(DomainException.class)
                .hasMessageContaining("problem.setup.logoNotImage");
    }

    @Test
    void demoDataJoinsTheWizardsOrganisationAndTheAdminStaysTheOnlyAccount() {
        var admin = c.accounts().setup().complete(plan(PLACES, null));
        DemoMonth.Summary made = c.accounts().demo().fill(7);
        assertThat(made.sheets().sheets()).isPositive();
        assertThat(c.core().reference().organisation().orElseThrow().name()).isEqualTo("神木县医院");
        assertThat(c.accounts().service().accounts()).filteredOn(a -> a.login() != null).extracting(a -> a.id())
                .containsExactly(admin.id());
        assertThat(c.core().reference().people()).extracting(p -> p.name()).contains("张伟", "刘洋", "王主任");
        assertThat(c.inspection().inspections().recent(5)).isNotEmpty();
        assertThat(c.core().templates().latest()).extracting(t -> t.code()).doesNotContain("canteen-food-safety");
        assertThat(c.core().currentUser().get()).isEqualTo(admin);
    }

    @Test
    void theExampleFilesReadBackAndAFileWithErrorsImportsNothing() throws Exception {
        ReferenceFiles rf = new ReferenceFiles(Messages.forLanguage("zh"));
        List<Path> written = rf.writeExamples(files);
        assertThat(written).extracting(p -> p.getFileName().toString())
                .containsExactly("地点示例.xlsx", "地点示例.csv", "服务企业示例.xlsx", "服务企业示例.csv");
        assertThat(rf.readPlaces(written.get(0))).hasSize(5).isEqualTo(rf.readPlaces(written.get(1)));
        assertThat(rf.readProviders(written.get(2))).hasSize(4).isEqualTo(rf.readProviders(written.get(3)));
        assertThat(Files.readAllBytes(written.get(1))).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);

        Path bad = files.resolve("bad.xlsx");
        Files.write(bad, new TableWorkbook().write("地点", List.of("院区", "楼栋", "楼层", "区域"), List.of(
                List.of("东院区", "门诊楼", "", "门诊大厅"), List.of("", "门诊楼", "", "药房"), List.of("西院区", "a/b", "", ""))));
        assertThatThrownBy(() -> rf.readPlaces(bad)).isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(Messages.forLanguage("zh").problems((DomainException) e))
                        .isEqualTo("第 3 行：请填写院区（第一列）。\n第 4 行：地点名称中不能有“/”（它用来分隔层级）。"));
        Path gbk = Files.write(files.resolve("gbk.csv"), "院区\n东院区\n".getBytes(Charset.forName("GBK")));
        assertThatThrownBy(() -> rf.readPlaces(gbk)).hasMessageContaining("problem.setup.csvNotUtf8");
        Path pdf = Files.write(files.resolve("places.pdf"), "%PDF".getBytes(StandardCharsets.US_ASCII));
        assertThatThrownBy(() -> rf.readPlaces(pdf)).hasMessageContaining("problem.setup.fileType");
        Path garbage = Files.write(files.resolve("broken.xlsx"), "PK not really".getBytes(StandardCharsets.US_ASCII));
        assertThatThrownBy(() -> rf.readPlaces(garbage)).hasMessageContaining("problem.setup.fileUnreadable");
    }
}
