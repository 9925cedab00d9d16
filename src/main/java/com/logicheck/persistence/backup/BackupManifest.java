package com.logicheck.persistence.backup;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.List;

/**
 * {@code manifest.json} of a backup zip (备份清单): who made it, the schema of its database, what it holds, and the
 * size and SHA-256 of every other entry, checked before anything is restored.
 *
 * @param consistent true for an online copy of the open database (H2 BACKUP); false for a plain file copy of a
 *                   closed (possibly damaged) database, as taken just before a restore
 * @param inspections number of inspections (检查表) in the database, -1 when not known (plain copy)
 */
public record BackupManifest(int format, String app, String appVersion, String schemaVersion, String createdAt,
                             BackupReason reason, boolean encrypted, boolean consistent, long inspections,
                             long signedSheets, long photos, List<Entry> entries) {
    public static final int FORMAT = 1;
    public static final String FILE = "manifest.json";
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    public BackupManifest {
        entries = entries == null ? List.of() : List.copyOf(entries);
    }

    /** One file in the zip, by its path inside the zip ({@code db/logicheck.mv.db}, {@code photos/…}). */
    public record Entry(String path, long size, String sha256) {
    }

    public boolean holdsDatabase() {
        return entries.stream().anyMatch(e -> e.path().equals(BackupWriter.DATABASE_ENTRY));
    }

    byte[] toJson() {
        try {
            return MAPPER.writeValueAsBytes(this);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static BackupManifest fromJson(byte[] json) throws IOException {
        return MAPPER.readValue(json, BackupManifest.class);
    }
}
