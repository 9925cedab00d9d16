package com.logicheck.catalog;

import com.logicheck.domain.template.ChecklistTemplate;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The 考核表 shipped with LogiCheck, listed in {@code templates/index.txt} on the classpath. */
public final class BuiltInTemplates {
    private static final String BASE = "/templates/";
    private final TemplateFiles files;

    public BuiltInTemplates(TemplateFiles files) {
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

    public List<ChecklistTemplate> load() {
        List<ChecklistTemplate> templates = new ArrayList<>();
        for (String name : fileNames()) {
            try (InputStream in = resource(name)) {
                templates.add(files.read(in, name));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return templates;
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = BuiltInTemplates.class.getResourceAsStream(BASE + name);
        if (in == null) {
            throw new IOException("missing built-in template resource " + name);
        }
        return in;
    }
}
