package com.logicheck.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.logicheck.json.Json;
import com.logicheck.persistence.ReferenceSnapshot;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * 基础数据包: the JSON a signed reference-data package embeds as {@value #FILE_NAME} (ADR 0019) — who made it, when,
 * on which laptop, and the {@link ReferenceSnapshot}. {@code signerCertificateSha256} must be the certificate that
 * signed the file, so a trusted key cannot pass a package off as someone else's.
 */
public record ReferencePackage(String format, int schemaVersion, UUID packageId, OffsetDateTime createdAt,
                               UUID originDevice, UUID signerId, String signerName, String signerCertificateSha256,
                               ReferenceSnapshot data) implements SyncPayload {
    public static final String FORMAT = "logicheck.reference-data";
    public static final int SCHEMA_VERSION = 1;
    public static final String FILE_NAME = "reference-data.json";
    private static final ObjectMapper JSON = Json.signed();

    @Override
    public SignedEnvelope kind() {
        return SignedEnvelope.REFERENCE_PACKAGE;
    }

    @Override
    public byte[] json() {
        try {
            return JSON.writeValueAsBytes(this);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The package in {@code json}; refused (unknown schema, newer version, invalid) with its reason otherwise. */
    static ReferencePackage parse(byte[] json) {
        JsonNode tree;
        try {
            tree = JSON.readTree(json);
        } catch (IOException e) {
            throw SheetFileReader.refused("sync.refused.unknownSchema");
        }
        SignedEnvelope.REFERENCE_PACKAGE.open(tree);
        ReferencePackage p;
        try {
            p = JSON.treeToValue(tree, ReferencePackage.class);
        } catch (IOException | RuntimeException e) {
            throw SheetFileReader.refused("sync.refused.invalid", "json: " + firstLine(e.getMessage()));
        }
        if (p.packageId() == null || p.createdAt() == null || p.data() == null || p.signerCertificateSha256() == null) {
            throw SheetFileReader.refused("sync.refused.invalid", "fields");
        }
        return p;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int nl = message.indexOf('\n');
        String line = nl < 0 ? message : message.substring(0, nl);
        return line.length() > 200 ? line.substring(0, 200) : line;
    }
}
