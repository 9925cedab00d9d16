package com.logicheck.catalog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.logicheck.domain.DomainException;
import com.logicheck.domain.Problem;
import com.logicheck.domain.assessment.AssessmentScheme;
import com.logicheck.domain.assessment.AssessmentSchemeValidator;
import com.logicheck.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * Reads and writes assessment scheme data files (YAML, like templates; JSON in the database), refusing any scheme
 * whose weights or rules do not hold together.
 */
public final class SchemeFiles {
    private final ObjectMapper yaml = Json.yaml();
    private final ObjectMapper json = JsonMapper.builder()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    /** Parses a YAML file and validates it; a broken file gives a {@link DomainException} naming the fault. */
    public AssessmentScheme read(InputStream in, String fileName) {
        try {
            return validated(yaml.readValue(in, SchemeData.class), fileName);
        } catch (IOException e) {
            throw new DomainException(Problem.of("problem.scheme.unreadable", fileName, firstLine(e.getMessage())));
        }
    }

    /** The stored JSON form back to a scheme (validated again: a scheme that fails is not used). */
    public AssessmentScheme fromJson(String text) {
        try {
            return validated(json.readValue(text, SchemeData.class), "database");
        } catch (IOException e) {
            throw new DomainException(Problem.of("problem.scheme.unreadable", "database", firstLine(e.getMessage())));
        }
    }

    public String toJson(AssessmentScheme scheme) {
        try {
            return json.writeValueAsString(SchemeData.from(scheme));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public String toYaml(AssessmentScheme scheme) {
        try {
            return yaml.writeValueAsString(SchemeData.from(scheme));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** SHA-256 of the canonical JSON form: equal schemes hash equal on every laptop. */
    public String contentHash(AssessmentScheme scheme) {
        return ClasspathFolder.sha256Hex(toJson(scheme));
    }

    private static AssessmentScheme validated(SchemeData data, String fileName) {
        AssessmentScheme scheme;
        try {
            scheme = data.toScheme();
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new DomainException(Problem.of("problem.scheme.unreadable", fileName, String.valueOf(e.getMessage())));
        }
        List<Problem> problems = AssessmentSchemeValidator.check(scheme);
        if (!problems.isEmpty()) {
            throw new DomainException(problems);
        }
        return scheme;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
