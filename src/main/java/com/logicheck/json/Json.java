package com.logicheck.json;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The JSON (and YAML) dialects LogiCheck writes, each configured once. Several of them are hashed or signed, so a
 * dialect never changes: a file written by an older version must hash and verify the same (ADR 0036). Each call
 * returns a new mapper; a caller keeps it in a constant (a configured mapper is safe to share between threads).
 */
public final class Json {
    private Json() {
    }

    /** Jackson's defaults: small internal documents (database guard, key/value columns, the signed-record envelope). */
    public static ObjectMapper plain() {
        return JsonMapper.builder().build();
    }

    /**
     * What signed files carry (sync records, reference packages): dates as ISO text, map entries sorted by key so
     * the same content gives the same bytes on every laptop.
     */
    public static ObjectMapper signed() {
        return JsonMapper.builder().addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).build();
    }

    /** {@link #signed()} with properties sorted too: the canonical form of a row whose SHA-256 identifies it. */
    public static ObjectMapper canonical() {
        return JsonMapper.builder().addModule(new JavaTimeModule())
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();
    }

    /**
     * The record embedded in a signed sheet or notice PDF, indented for a person opening the attachment; offsets of
     * dates are read back as written (not moved to UTC) so a reloaded record compares equal.
     */
    public static ObjectMapper embedded() {
        return JsonMapper.builder().addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .enable(SerializationFeature.INDENT_OUTPUT).build();
    }

    /** Template and scheme files (ADR 0005): YAML without a document marker, strict about unknown fields. */
    public static ObjectMapper yaml() {
        return YAMLMapper.builder(new YAMLFactory()
                        .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                        .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES))
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
    }
}
