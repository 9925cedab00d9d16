package com.logicheck.catalog;

import com.logicheck.domain.assessment.AssessmentScheme;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The assessment schemes (考核办法) shipped with LogiCheck, listed in {@code schemes/index.txt} on the classpath. */
public final class BuiltInSchemes {
    private static final String BASE = "/schemes/";
    private final SchemeFiles files;

    public BuiltInSchemes(SchemeFiles files) {
        this.files = files;
    }

    public List<String> fileNames() {
        try (InputStream in = resource("index.txt");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return r.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<AssessmentScheme> load() {
        List<AssessmentScheme> schemes = new ArrayList<>();
        for (String name : fileNames()) {
            try (InputStream in = resource(name)) {
                schemes.add(files.read(in, name));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return schemes;
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = BuiltInSchemes.class.getResourceAsStream(BASE + name);
        if (in == null) {
            throw new IOException("missing built-in scheme resource " + name);
        }
        return in;
    }
}
