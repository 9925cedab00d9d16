package com.logicheck.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.logicheck.catalog.BuiltInSchemes;
import com.logicheck.catalog.BuiltInTemplates;
import com.logicheck.catalog.SchemeData;
import com.logicheck.catalog.SchemeFiles;
import com.logicheck.catalog.TemplateData;
import com.logicheck.catalog.TemplateFiles;
import com.logicheck.domain.DomainException;
import com.logicheck.persistence.ReferenceSnapshot;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The package JSON (ADR 0019) carries every built-in template and scheme and the reference rows unchanged through a
 * write and a read; an unknown format, a newer schema version and broken JSON are refused with their own reasons.
 */
class ReferencePackageTest {
    private static final UUID SITE = UUID.fromString("00000000-0000-0000-0000-0000000000a1");

    static ReferencePackage sample() {
        TemplateFiles templateFiles = new TemplateFiles();
        SchemeFiles schemeFiles = new SchemeFiles();
        var templates = new BuiltInTemplates(templateFiles).load().stream()
                .map(t -> new ReferenceSnapshot.TemplateRow(t.id(), true, TemplateData.from(t))).toList();
        var schemes = new BuiltInSchemes(schemeFiles).load().stream()
                .map(s -> new ReferenceSnapshot.SchemeRow(s.id(), true, SchemeData.from(s))).toList();
        var snapshot = new ReferenceSnapshot("示例县人民医院",
                List.of(new ReferenceSnapshot.PlaceRow(SITE, null, "SITE", "东院区", "东院区", 0, true),
                        new ReferenceSnapshot.PlaceRow(UUID.randomUUID(), SITE, "AREA", "心内科病区", "东院区 / 心内科病区", 2, true)),
                List.of(new ReferenceSnapshot.ProviderRow(UUID.randomUUID(), "康洁物业服务有限公司", "康洁物业", true)),
                List.of(new ReferenceSnapshot.PersonRow(UUID.randomUUID(), "张伟", "INSPECTOR", null, "13800000000", true)),
                List.of(new ReferenceSnapshot.ContractRow(UUID.randomUUID(), UUID.randomUUID(), "保洁托管合同", "CLEANING",
                        "120000", "50000.5", LocalDate.of(2026, 1, 1), null)),
                List.of(), templates, schemes);
        return new ReferencePackage(ReferencePackage.FORMAT, ReferencePackage.SCHEMA_VERSION, UUID.randomUUID(),
                OffsetDateTime.of(2026, 11, 21, 9, 30, 0, 0, ZoneOffset.ofHours(8)), UUID.randomUUID(), UUID.randomUUID(),
                "刘洋", "ab".repeat(32), snapshot);
    }

    @Test
    void everyBuiltInTemplateAndSchemeTravelsUnchanged() {
        ReferencePackage p = sample();
        ReferencePackage back = ReferencePackage.parse(p.json());
        assertThat(back.packageId()).isEqualTo(p.packageId());
        assertThat(back.createdAt()).isEqualTo(p.createdAt());
        assertThat(back.signerCertificateSha256()).isEqualTo(p.signerCertificateSha256());
        assertThat(back.data().places()).isEqualTo(p.data().places());
        assertThat(back.data().providers()).isEqualTo(p.data().providers());
        assertThat(back.data().people()).isEqualTo(p.data().people());
        assertThat(back.data().contracts()).isEqualTo(p.data().contracts());
        for (var row : p.data().places()) {
            assertThat(ReferenceSnapshot.hash(row)).as("a row hashes the same after the trip")
                    .isEqualTo(ReferenceSnapshot.hash(back.data().places().stream()
                            .filter(r -> r.id().equals(row.id())).findFirst().orElseThrow()));
        }
        SchemeFiles schemes = new SchemeFiles();
        for (int i = 0; i < p.data().schemes().size(); i++) {
            assertThat(schemes.contentHash(back.data().schemes().get(i).data().toScheme()))
                    .isEqualTo(schemes.contentHash(p.data().schemes().get(i).data().toScheme()));
        }
        TemplateFiles files = new TemplateFiles();
        for (int i = 0; i < p.data().templates().size(); i++) {
            var original = p.data().templates().get(i).data().toTemplate();
            assertThat(files.contentHash(back.data().templates().get(i).data().toTemplate()))
                    .isEqualTo(files.contentHash(original));
        }
        assertThat(back.data().templates()).hasSize(9);
    }

    @Test
    void unknownNewerOrBrokenPackagesAreRefusedWithTheirReason() {
        String json = new String(sample().json(), StandardCharsets.UTF_8);
        assertThatThrownBy(() -> ReferencePackage.parse(json.replace(ReferencePackage.FORMAT, "other.format")
                .getBytes(StandardCharsets.UTF_8))).isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).first().key()).isEqualTo("sync.refused.unknownSchema");
        assertThatThrownBy(() -> ReferencePackage.parse(json.replace("\"schemaVersion\":1", "\"schemaVersion\":7")
                .getBytes(StandardCharsets.UTF_8))).extracting(e -> ((DomainException) e).first().key())
                .isEqualTo("sync.refused.newerVersion");
        assertThatThrownBy(() -> ReferencePackage.parse(json.substring(0, json.length() / 2)
                .getBytes(StandardCharsets.UTF_8))).extracting(e -> ((DomainException) e).first().key())
                .isEqualTo("sync.refused.unknownSchema");
        assertThatThrownBy(() -> ReferencePackage.parse(json.replace("\"packageId\"", "\"packageIdX\"")
                .getBytes(StandardCharsets.UTF_8))).extracting(e -> ((DomainException) e).first().key())
                .isIn("sync.refused.invalid");
    }
}
