package com.logicheck.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.logicheck.app.AppContext;
import com.logicheck.domain.inspection.InspectionStatus;
import com.logicheck.pdf.PdfVerifier;
import com.logicheck.suites.DatabaseTest;
import com.logicheck.suites.TestStore;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Signing a sheet on a real H2 file: the PDF, its record and the lock. */
@DatabaseTest
class SignedSheetIT {
    @TempDir
    Path dir;

    /** Where the test folders keep their database; the PostgreSQL subclass runs the same tests there (ADR 0038). */
    TestStore store() {
        return TestStore.H2;
    }

    @Test
    void signingWritesAVerifiedPdfAndLocksTheSheet() throws Exception {
        try (AppContext c = store().open(dir.resolve("data"))) {
            SignedSheetFixture f = SignedSheetFixture.finished(c, dir.resolve("scratch"));
            SigningService.SignedSheet signed = f.sign();
            byte[] pdf = Files.readAllBytes(signed.pdf());
            assertThat(PdfVerifier.sha256(pdf)).isEqualTo(signed.sha256());
            assertThat(c.core().signedSheets().state(f.sheet.id()).orElseThrow().status()).isEqualTo(InspectionStatus.SIGNED);
            assertThat(c.inspection().verify().verify(signed.pdf()).ok()).isTrue();
            String shots = System.getenv("LOGICHECK_PDF_SHOTS");
            if (shots != null) {
                Files.createDirectories(Path.of(shots));
                Files.write(Path.of(shots, "sheet.pdf"), pdf);
            }
        }
    }
}
