package com.logicheck.files;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The known answers of FIPS 180-2, the same through every entry point. */
class Sha256Test {
    private static final String ABC = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
    private static final String EMPTY = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    @Test
    void bytesTextAndFileHashAlike(@TempDir Path dir) throws IOException {
        byte[] abc = "abc".getBytes(StandardCharsets.UTF_8);
        Path file = Files.write(dir.resolve("abc.txt"), abc);
        assertEquals(ABC, Sha256.hex(abc));
        assertEquals(ABC, Sha256.hex("abc"));
        assertEquals(ABC, Sha256.hex(file));
        assertEquals(EMPTY, Sha256.hex(new byte[0]));
    }

    @Test
    void aStreamedDigestEqualsTheWholeOne() {
        var digest = Sha256.digest();
        digest.update("a".getBytes(StandardCharsets.UTF_8));
        digest.update("bc".getBytes(StandardCharsets.UTF_8));
        assertEquals(ABC, Sha256.hex(digest));
    }

    @Test
    void aTextIsHashedAsUtf8() {
        assertEquals(Sha256.hex("后勤".getBytes(StandardCharsets.UTF_8)), Sha256.hex("后勤"));
    }
}
