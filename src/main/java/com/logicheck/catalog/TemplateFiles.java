package com.logicheck.catalog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.logicheck.domain.DomainException;
import com.logicheck.domain.Problem;
import com.logicheck.domain.template.ChecklistTemplate;
import com.logicheck.domain.template.TemplateValidator;
import com.logicheck.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/** Reads and writes template data files (YAML), refusing any file whose rules do not hold together. */
public final class TemplateFiles {
    private final ObjectMapper yaml = Json.yaml();
    private final ObjectMapper json = JsonMapper.builder()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    /** Parses and validates; a broken file gives a {@link DomainException} naming the file and the fault. */
    public ChecklistTemplate read(InputStream in, String fileName) {
        TemplateData data;
        try {
            data = yaml.readValue(in, TemplateData.class);
        } catch (IOException e) {
            throw new DomainException(Problem.of("problem.template.unreadable", fileName, firstLine(e.getMessage())));
        }
        ChecklistTemplate template;
        try {
            template = data.toTemplate();
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new DomainException(Problem.of("problem.template.unreadable", fileName, String.valueOf(e.getMessage())));
        }
        List<Problem> problems = TemplateValidator.check(template);
        if (!problems.isEmpty()) {
            throw new DomainException(problems);
        }
        return template;
    }

    public String toYaml(ChecklistTemplate template) {
        try {
            return yaml.writeValueAsString(TemplateData.from(template));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** SHA-256 of the canonical JSON form: equal templates hash equal on every laptop. */
    public String contentHash(ChecklistTemplate template) {
        try {
            return ClasspathFolder.sha256Hex(json.writeValueAsString(TemplateData.from(template)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
