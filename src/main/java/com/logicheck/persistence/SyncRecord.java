package com.logicheck.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.logicheck.json.Json;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;

/**
 * 同步记录: one step of a 整改通知单 (下发, 报告整改完成, 复查, 关闭, 签发通知单) or one closing / reopening of a 月度考核, as it
 * is signed by the person who took it and merged on other laptops (ADR 0022). {@code previous} is the step it
 * follows (null for the first); {@code body} holds the step's facts. Its canonical JSON (keys sorted, no spaces) is
 * what is stored, hashed and compared: two records with the same id and another hash contradict each other.
 */
public record SyncRecord(Kind kind, UUID id, UUID subject, UUID previous, UUID actorId, String actorName,
                         OffsetDateTime at, JsonNode body) {

    /** What a record says happened. */
    public enum Kind {
        ORDER_ISSUED, ORDER_REPORTED, ORDER_REINSPECTED, ORDER_CLOSED, ORDER_NOTICE, MONTH_CLOSED, MONTH_REOPENED;

        public boolean ofOrder() {
            return name().startsWith("ORDER_");
        }

        /** A step of the order's lifecycle (one after the other); a notice and the first record are not. */
        public boolean chained() {
            return this == ORDER_REPORTED || this == ORDER_REINSPECTED || this == ORDER_CLOSED;
        }
    }

    static final ObjectMapper JSON = Json.signed();

    /** The record as a JSON tree (the form inside the signed file). */
    public ObjectNode tree() {
        ObjectNode n = JSON.createObjectNode();
        n.put("kind", kind.name());
        n.put("id", id.toString());
        n.put("subject", subject.toString());
        n.put("previous", previous == null ? null : previous.toString());
        ObjectNode actor = n.putObject("actor");
        actor.put("id", actorId.toString());
        actor.put("name", actorName);
        n.put("at", at.toString());
        n.set("body", body);
        return n;
    }

    /** The canonical JSON: keys sorted at every level, no whitespace. */
    public byte[] canonical() {
        return canonical(tree());
    }

    public String contentHash() {
        return sha256(canonical());
    }

    static byte[] canonical(JsonNode tree) {
        try {
            Object plain = JSON.convertValue(tree, Object.class);
            return JSON.writeValueAsBytes(plain);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads a record tree; throws IllegalArgumentException (or a parse error) when a field is missing or wrong. */
    public static SyncRecord of(JsonNode n) {
        if (n == null || !n.isObject()) {
            throw new IllegalArgumentException("record");
        }
        Kind kind = Kind.valueOf(text(n, "kind"));
        UUID previous = n.path("previous").isTextual() ? UUID.fromString(n.get("previous").asText()) : null;
        JsonNode actor = n.path("actor");
        JsonNode body = n.path("body");
        if (!body.isObject()) {
            throw new IllegalArgumentException("body");
        }
        return new SyncRecord(kind, UUID.fromString(text(n, "id")), UUID.fromString(text(n, "subject")), previous,
                UUID.fromString(text(actor, "id")), text(actor, "name"), OffsetDateTime.parse(text(n, "at")), body);
    }

    static SyncRecord parse(String json) {
        try {
            return of(JSON.readTree(json));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A field's non-empty text; throws IllegalArgumentException naming the field when it is missing or empty. */
    public static String text(JsonNode n, String field) {
        JsonNode v = n.path(field);
        if (!v.isTextual() || v.asText().isEmpty()) {
            throw new IllegalArgumentException(field);
        }
        return v.asText();
    }

    static ObjectNode body(Map<String, ?> values) {
        return JSON.valueToTree(values);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String string(byte[] canonical) {
        return new String(canonical, StandardCharsets.UTF_8);
    }
}
