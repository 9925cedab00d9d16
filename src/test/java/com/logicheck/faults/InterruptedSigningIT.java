package com.logicheck.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.logicheck.app.AppContext;
import com.logicheck.pdf.PdfVerifier;
import com.logicheck.service.SignedSheetFixture;
import com.logicheck.suites.DatabaseTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Signing commits the SIGNED state and then moves the signed PDF into place; a kill between the two used to leave
 * a sheet SIGNED without its PDF (and a temporary file in {@code signed/}). The campaign's window for it is a few
 * microseconds, so this test makes that moment's state on disk by hand — the committed sheet with its PDF still
 * staged — and staged files of a signing that never committed, and reopens.
 */
@DatabaseTest
class InterruptedSigningIT {
    @TempDir
    Path dir;

    @Test
    void aSignedPdfStillPendingAtTheKillIsMovedIntoPlaceAtOpenAndStrayPendingFilesGo() throws Exception {
        Path data = dir.resolve("data");
        UUID sheet;
        String hash;
        try (AppContext c = AppContext.open(data)) {
            SignedSheetFixture f = SignedSheetFixture.finished(c, dir.resolve("scratch"));
            sheet = f.sheet.id();
            hash = f.sign().sha256();
            Path pdf = c.inspection().signing().signedPdf(sheet).orElseThrow();
            Path folder = pdf.getParent();
            // the state right after the commit, before the move: the file under its staged name (AtomicFile)
            Files.move(pdf, folder.resolve("." + sheet + ".pdf.4711.part"));
            // a signing killed before its commit: a part of a file for another sheet, and a short one of this sheet
            Files.write(folder.resolve("." + UUID.randomUUID() + ".pdf.815.part"), new byte[] {'%', 'P', 'D', 'F'});
            Files.write(folder.resolve("." + sheet + ".pdf.9.part"), new byte[] {'%', 'P', 'D', 'F'});
        }
        try (AppContext c = AppContext.open(data)) {
            Path pdf = c.inspection().signing().signedPdf(sheet).orElseThrow();
            assertThat(PdfVerifier.sha256(Files.readAllBytes(pdf))).isEqualTo(hash);
            assertThat(c.inspection().verify().verify(pdf).ok()).isTrue();
            try (Stream<Path> left = Files.list(pdf.getParent())) {
                assertThat(left.filter(f -> f.getFileName().toString().endsWith(".part"))).isEmpty();
            }
            assertThat(c.inspection().export().exportOne(sheet, dir.resolve("out"))).exists();
        }
    }
}
