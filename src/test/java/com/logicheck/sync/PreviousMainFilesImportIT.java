package com.logicheck.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.logicheck.app.AppContext;
import com.logicheck.domain.inspection.InspectionStatus;
import com.logicheck.domain.rectification.RectificationOrder;
import com.logicheck.domain.rectification.RectificationStatus;
import com.logicheck.pdf.PdfVerifier;
import com.logicheck.suites.DatabaseTest;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file exported by the previous main imports (issue 12, "one sync engine"): a reference-data package, a signed
 * sheet and a signed record of an issued rectification order, written by main at 831cb86 and kept as they were in
 * {@code src/test/resources/sync/compat/} (see its README), arrive in a fresh data folder once their two signers are
 * trusted; a second import skips all three.
 */
@DatabaseTest
class PreviousMainFilesImportIT {
    static final String[] FILES = {
        "基础数据包_2026-12-07_示例县人民医院_fc1e0abf9cfb.pdf",
        "2026-12-03_客服及监督_配电房_张伟_70fe31e3_253a13b3aa20.pdf",
        "2026-12-07_下发整改通知单_62424dc8_张伟_aee80f97_eaf1470f725b.pdf",
    };
    static final UUID SHEET = UUID.fromString("70fe31e3-9079-4aeb-b309-3d14c25c1437");
    static final UUID ORDER = UUID.fromString("62424dc8-4056-4263-86a7-c936d71b1d1f");
    static final UUID PROVIDER = UUID.fromString("3a0a70a7-303d-42bf-a38c-448d4e8016e9");

    @TempDir
    Path dir;

    @Test
    void aReferencePackageASheetAndARecordWrittenByThePreviousMainImportIntoAFreshDataFolder() throws Exception {
        Path folder = dir.resolve("U盘");
        Files.createDirectories(folder);
        for (String name : FILES) {
            Files.write(folder.resolve(name), resource(name));
        }
        try (AppContext fresh = AppContext.open(dir.resolve("new"))) {
            for (String signer : List.of("张伟", "刘洋")) {
                byte[] der = resource(signer + ".der");
                X509Certificate c = (X509Certificate) CertificateFactory.getInstance("X.509")
                        .generateCertificate(new ByteArrayInputStream(der));
                fresh.core().trust().add(PdfVerifier.sha256(der), c.getSubjectX500Principal().getName(), signer, der,
                        null, null);
            }

            ImportReport report = fresh.sync().importer().importFolder(folder, null, r -> { });

            assertThat(report.needingAttention()).isEmpty();
            assertThat(report.results()).hasSize(3);
            assertThat(report.count(ImportReport.Kind.NEW)).as("package, sheet and record").isEqualTo(3);
            assertThat(RecordImporter.summary(report)).containsExactly(1, 0, 0, 0);
            assertThat(fresh.core().reference().people()).extracting(p -> p.name()).contains("张伟", "刘洋");
            assertThat(fresh.core().signedSheets().state(SHEET).orElseThrow().status()).isEqualTo(InspectionStatus.SIGNED);
            assertThat(fresh.inspection().signing().signedPdf(SHEET)).isPresent();
            assertThat(fresh.inspection().service().inspection(SHEET).providerId()).isEqualTo(PROVIDER);
            RectificationOrder order = fresh.rectification().service().orders().find(ORDER).orElseThrow();
            assertThat(order.status()).isEqualTo(RectificationStatus.OPEN);
            assertThat(order.inspectionId()).isEqualTo(SHEET);

            ImportReport again = fresh.sync().importer().importFolder(folder, null, r -> { });
            assertThat(again.results()).hasSize(3)
                    .allSatisfy(r -> assertThat(r.kind()).isEqualTo(ImportReport.Kind.SKIPPED));
        }
    }

    private static byte[] resource(String name) throws Exception {
        try (InputStream in = PreviousMainFilesImportIT.class.getResourceAsStream("/sync/compat/" + name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        }
    }
}
