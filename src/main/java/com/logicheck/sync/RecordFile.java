package com.logicheck.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.logicheck.json.Json;
import com.logicheck.persistence.SyncRecord;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The JSON a signed record embeds as {@value #FILE_NAME} (ADR 0022): format and schema version, the certificate that
 * signed it (must be the file's signer), when it was signed, the {@link SyncRecord} itself, and the embedded photo
 * files by SHA-256. Parsing refuses with the same reasons as a sheet's record.
 */
record RecordFile(SyncRecord record, String signerCertificateSha256, OffsetDateTime signedAt, List<Photo> photos)
        implements SyncPayload {
    static final String FORMAT = "logicheck.signed-record";
    static final int SCHEMA_VERSION = 1;
    static final String FILE_NAME = "signed-record.json";
    private static final ObjectMapper JSON = Json.plain();

    /** A photo the record names, embedded in the file as {@code file}. */
    record Photo(String sha256, String name, String file) {
    }

    /** Whether embedded JSON is a signed record's (the format is written first). */
    static boolean isRecord(byte[] json) {
        return SignedEnvelope.RECORD.carries(json);
    }

    /** The embedded name of a photo: its SHA-256 and the original's extension. */
    static String photoFile(String sha256, String originalName) {
        int dot = originalName == null ? -1 : originalName.lastIndexOf('.');
        String ext = dot < 0 ? "" : originalName.substring(dot).toLowerCase(Locale.ROOT);
        return "photo-" + sha256 + (ext.matches("\\.[a-z0-9]{1,5}") ? ext : "");
    }

    static List<Photo> photosOf(SyncRecord r) {
        List<Photo> list = new ArrayList<>();
        for (JsonNode p : r.body().path("photos")) {
            String sha = p.path("sha256").asText("");
            String name = p.path("name").asText("");
            list.add(new Photo(sha, name, photoFile(sha, name)));
        }
        return list;
    }

    @Override
    public SignedEnvelope kind() {
        return SignedEnvelope.RECORD;
    }

    @Override
    public byte[] json() {
        ObjectNode n = JSON.createObjectNode();
        n.put("format", FORMAT);
        n.put("schemaVersion", SCHEMA_VERSION);
        n.put("signerCertificateSha256", signerCertificateSha256);
        n.put("signedAt", signedAt.toString());
        n.set("record", record.tree());
        ArrayNode files = n.putArray("photos");
        photos.forEach(p -> files.addObject().put("sha256", p.sha256()).put("name", p.name()).put("file", p.file()));
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(n);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static RecordFile parse(byte[] json) {
        JsonNode tree;
        try {
            tree = JSON.readTree(json);
        } catch (IOException e) {
            throw SheetFileReader.refused("sync.refused.unknownSchema");
        }
        SignedEnvelope.RECORD.open(tree);
        try {
            SyncRecord record = SyncRecord.of(tree.get("record"));
            String certificate = tree.path("signerCertificateSha256").asText("");
            if (certificate.isEmpty()) {
                throw new IllegalArgumentException("signerCertificateSha256");
            }
            List<Photo> photos = photosOf(record);
            for (Photo p : photos) {
                if (!p.sha256().matches("[0-9a-f]{64}")) {
                    throw new IllegalArgumentException("photos");
                }
            }
            return new RecordFile(record, certificate, OffsetDateTime.parse(tree.path("signedAt").asText()), photos);
        } catch (RuntimeException e) {
            throw SheetFileReader.refused("sync.refused.invalid", "record");
        }
    }
}
