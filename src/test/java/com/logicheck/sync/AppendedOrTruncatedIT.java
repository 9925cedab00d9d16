package com.logicheck.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.logicheck.suites.DatabaseTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 19, case 7: a signed file with bytes appended after its last {@code %%EOF} is refused as exactly that, not as
 * "truncated"; a file cut short (anywhere, even just after an earlier {@code %%EOF}) is still "truncated".
 * Nothing refused writes a row.
 */
@DatabaseTest
class AppendedOrTruncatedIT {
    @TempDir
    Path dir;

    @Test
    void appendedBytesAreNamedAsSuchAndCutFilesStayTruncated() throws Exception {
        try (Laptop a = new Laptop(dir.resolve("a"), "张伟", "心内科病区", 7);
             Laptop b = new Laptop(dir.resolve("b"), "李娜", "急诊科", 8)) {
            byte[] signed = Files.readAllBytes(a.context.inspection().signing().signedPdf(a.signSheet(0)).orElseThrow());
            SheetImporter importer = b.context.sync().importer();
            Map<String, Integer> before = b.context.sync().repository().counts();

            assertThat(reason(importer, concat(signed, "junk appended after signing".getBytes(StandardCharsets.UTF_8))))
                    .isEqualTo("sync.refused.appended");
            assertThat(reason(importer, concat(signed, "\n%PDF-1.7 another\n".getBytes(StandardCharsets.UTF_8))))
                    .isEqualTo("sync.refused.appended");
            assertThat(reason(importer, Arrays.copyOf(signed, signed.length / 2))).isEqualTo("sync.refused.truncated");
            assertThat(reason(importer, Arrays.copyOf(signed, signed.length - 10))).isEqualTo("sync.refused.truncated");
            String text = new String(signed, StandardCharsets.ISO_8859_1);
            int firstEof = text.indexOf("%%EOF");
            if (firstEof + 5 < text.lastIndexOf("%%EOF")) { // an incremental signature: cut inside the signed update
                assertThat(reason(importer, Arrays.copyOf(signed, firstEof + 200)))
                        .isEqualTo("sync.refused.truncated");
            }
            assertThat(b.context.sync().repository().counts()).isEqualTo(before);
        }
    }

    private static String reason(SheetImporter importer, byte[] pdf) {
        ImportReport.FileResult r = importer.importBytes(Path.of("changed.pdf"), pdf, null);
        assertThat(r.kind()).as("%s", r).isEqualTo(ImportReport.Kind.REFUSED);
        return r.reason();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] c = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }
}
