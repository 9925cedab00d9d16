package com.logicheck.catalog;

import com.logicheck.files.Sha256;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A folder of data files shipped on the classpath (built-in templates, schemes), listed in its
 * {@code index.txt} because a folder inside a jar cannot be listed portably.
 */
final class ClasspathFolder {
    /** Parses one data file. */
    interface FileReader<T> {
        T read(InputStream in, String fileName);
    }

    private final String base;

    ClasspathFolder(String base) {
        this.base = base.endsWith("/") ? base : base + "/";
    }

    List<String> fileNames() {
        try (InputStream in = open("index.txt");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return r.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    <T> List<T> load(FileReader<T> reader) {
        List<T> loaded = new ArrayList<>();
        for (String name : fileNames()) {
            try (InputStream in = open(name)) {
                loaded.add(reader.read(in, name));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return loaded;
    }

    private InputStream open(String name) throws IOException {
        InputStream in = ClasspathFolder.class.getResourceAsStream(base + name);
        if (in == null) {
            throw new IOException("missing built-in resource " + base + name);
        }
        return in;
    }

    /** SHA-256 of a canonical text form, as hex: equal content hashes equal on every laptop. */
    static String sha256Hex(String canonical) {
        return Sha256.hex(canonical);
    }
}
