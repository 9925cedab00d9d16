package com.logicheck.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Each shared dialect writes exactly the bytes the mapper it replaced wrote (ADR 0036): the old builders are
 * copied here verbatim from the classes that had them, and both write the same representative data — dates with
 * offsets, exact decimals, ids, unsorted maps, nulls, nested lists, Chinese text, JSON trees.
 */
class JsonTest {
    /** A row like the reference data's and the records' (property order deliberately not alphabetical). */
    record Row(UUID id, String name, BigDecimal score, OffsetDateTime signedAt, LocalDate day, Instant at,
               Map<String, Object> detail, List<String> items, String missing) {
    }

    private static Row row() {
        Map<String, Object> detail = new HashMap<>();
        for (String k : List.of("zeta", "alpha", "地点", "mid", "Beta", "_x", "10", "9")) {
            detail.put(k, k.length() % 2 == 0 ? new BigDecimal("1.50") : List.of(k, Map.of("z", 1, "a", 2)));
        }
        Map<String, Object> nested = new LinkedHashMap<>();
        nested.put("y", LocalDate.of(2026, 2, 28));
        nested.put("b", OffsetDateTime.of(2026, 11, 21, 17, 45, 0, 123_000_000, ZoneOffset.ofHours(8)));
        detail.put("nested", nested);
        return new Row(UUID.fromString("0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0"), "东院区 / 心内科病区 / 301",
                new BigDecimal("996.00"), OffsetDateTime.of(2026, 11, 21, 9, 30, 5, 0, ZoneOffset.ofHours(8)),
                LocalDate.of(2026, 11, 30), Instant.parse("2026-12-07T09:51:00.5Z"), detail,
                List.of("1.1", "2.10", "巡检"), null);
    }

    private static ObjectNode tree(ObjectMapper json) {
        ObjectNode n = envelope(json);
        n.set("body", json.valueToTree(row()));
        return n;
    }

    /** A tree with no dates in it (the plain dialect has no date support, as before). */
    private static ObjectNode envelope(ObjectMapper json) {
        ObjectNode n = json.createObjectNode();
        n.put("kind", "ORDER_CLOSED");
        n.put("id", "c0ffee00-0000-4000-8000-000000000001");
        n.put("seq", 7L);
        n.put("amount", new BigDecimal("12.340"));
        n.putNull("note");
        n.putArray("photos").addObject().put("sha256", "ab").put("name", "现场.jpg");
        return n;
    }

    private static void sameBytes(ObjectMapper before, ObjectMapper after) throws JsonProcessingException {
        assertThat(after.writeValueAsBytes(row())).isEqualTo(before.writeValueAsBytes(row()));
        assertThat(after.writeValueAsBytes(tree(after))).isEqualTo(before.writeValueAsBytes(tree(before)));
        assertThat(after.writeValueAsBytes(List.of(row(), Map.of("k", row())))).isEqualTo(
                before.writeValueAsBytes(List.of(row(), Map.of("k", row()))));
    }

    @Test
    void plainIsJacksonsDefault() throws JsonProcessingException {
        ObjectMapper before = JsonMapper.builder().build(); // DatabaseGuard, JsonCodec, RecordFile
        assertThat(Json.plain().writeValueAsBytes(Map.of("b", 1, "a", List.of("x"))))
                .isEqualTo(before.writeValueAsBytes(Map.of("b", 1, "a", List.of("x"))));
        assertThat(Json.plain().writeValueAsBytes(envelope(Json.plain())))
                .isEqualTo(before.writeValueAsBytes(envelope(before)));
    }

    @Test
    void signedWritesWhatSyncRecordsAndReferencePackagesWrote() throws JsonProcessingException {
        ObjectMapper syncRecord = JsonMapper.builder().findAndAddModules()
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).build();
        ObjectMapper referencePackage = JsonMapper.builder().addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .build();
        sameBytes(syncRecord, Json.signed());
        sameBytes(referencePackage, Json.signed());
    }

    @Test
    void canonicalWritesWhatReferenceSnapshotHashed() throws JsonProcessingException {
        ObjectMapper before = JsonMapper.builder().addModule(new JavaTimeModule())
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();
        sameBytes(before, Json.canonical());
        assertThat(new String(Json.canonical().writeValueAsBytes(row()), StandardCharsets.UTF_8))
                .startsWith("{\"at\":\"2026-12-07T09:51:00.500Z\",\"day\":\"2026-11-30\",\"detail\":{\"10\":1.50,\"9\":");
    }

    @Test
    void embeddedWritesWhatSheetRecordsAndNoticesWrote() throws Exception {
        ObjectMapper notices = JsonMapper.builder().addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).enable(SerializationFeature.INDENT_OUTPUT).build();
        ObjectMapper sheetRecords = JsonMapper.builder().addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .enable(SerializationFeature.INDENT_OUTPUT).build();
        sameBytes(notices, Json.embedded());
        sameBytes(sheetRecords, Json.embedded());
        // notices only turn records into trees, where the reading feature the sheet records add plays no part
        assertThat(Json.embedded().valueToTree(row()).toString()).isEqualTo(notices.valueToTree(row()).toString());
        byte[] written = sheetRecords.writeValueAsBytes(row());
        assertThat(Json.embedded().readValue(written, Row.class)).isEqualTo(sheetRecords.readValue(written, Row.class));
    }

    @Test
    void yamlWritesWhatTemplateAndSchemeFilesWrote() throws JsonProcessingException {
        ObjectMapper before = YAMLMapper.builder(new YAMLFactory()
                        .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                        .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES))
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
        Map<String, Object> template = new LinkedHashMap<>();
        template.put("code", "hospital-maintenance");
        template.put("title", "后勤公司工程维修管理考核表");
        template.put("items", List.of(Map.of("code", "1.1", "points", new BigDecimal("3.00")), Map.of("yes", "no")));
        assertThat(Json.yaml().writeValueAsString(template)).isEqualTo(before.writeValueAsString(template));
    }
}
