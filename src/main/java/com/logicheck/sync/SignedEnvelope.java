package com.logicheck.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.logicheck.files.AtomicFile;
import com.logicheck.pdf.PdfSigner;
import com.logicheck.pdf.SignedFileWriter;
import com.logicheck.pdf.SignedFileWriter.Signature;
import com.logicheck.service.SheetRecord;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * 签名信封: what every signed LogiCheck file is, whatever it carries — a PDF signed by the person who made it
 * (ADR 0010), with one JSON payload embedded under the kind's file name that opens with the kind's {@code format}
 * and {@code schemaVersion}. Verifying the PDF (whole file, signature, trusted signer) is the same for all kinds
 * ({@link SheetFileReader#verified}); this type names the kinds, finds which one a file carries and checks the
 * payload's format and version the same way for each, so a reader refuses a file it cannot read with the same
 * reasons whatever its kind. It is also the one place a sync file is written: {@link #write} embeds a
 * {@link SyncPayload} under its kind's file name and has the one {@link SignedFileWriter} (which signs sheets and
 * notices too) sign the PDF through the one {@link PdfSigner} and put the file in place. The files on disk are unchanged by it
 * (ADR 0033).
 */
public enum SignedEnvelope {
    /** 签字版检查表 (ADR 0010). */
    SHEET(SheetRecord.FORMAT, SheetRecord.SCHEMA_VERSION, SheetRecord.FILE_NAME),
    /** 基础数据包 (ADR 0019). */
    REFERENCE_PACKAGE(ReferencePackage.FORMAT, ReferencePackage.SCHEMA_VERSION, ReferencePackage.FILE_NAME),
    /** 同步记录: a rectification step or a month's closing (ADR 0022). */
    RECORD(RecordFile.FORMAT, RecordFile.SCHEMA_VERSION, RecordFile.FILE_NAME);

    private final String format;
    private final int schemaVersion;
    private final String fileName;

    SignedEnvelope(String format, int schemaVersion, String fileName) {
        this.format = format;
        this.schemaVersion = schemaVersion;
        this.fileName = fileName;
    }

    /** The kinds in the order a file is searched for their payload (a sheet first, as files were always read). */
    static final List<SignedEnvelope> SEARCH_ORDER = List.of(SHEET, REFERENCE_PACKAGE, RECORD);

    public String format() {
        return format;
    }

    /** The newest schema version this program reads and writes for the kind. */
    public int schemaVersion() {
        return schemaVersion;
    }

    /** The name the payload is embedded under in the signed PDF. */
    public String fileName() {
        return fileName;
    }

    /**
     * Checks a payload read as a JSON tree: an object of this kind's format with a schema version this program
     * reads; refused ({@code sync.refused.unknownSchema}, {@code sync.refused.newerVersion}) otherwise.
     */
    JsonNode open(JsonNode tree) {
        if (tree == null || !tree.isObject() || !format.equals(tree.path("format").asText(null))
                || !tree.path("schemaVersion").canConvertToInt() || tree.path("schemaVersion").asInt() < 1) {
            throw SheetFileReader.refused("sync.refused.unknownSchema");
        }
        int version = tree.path("schemaVersion").asInt();
        if (version > schemaVersion) {
            throw SheetFileReader.refused("sync.refused.newerVersion", version, schemaVersion);
        }
        return tree;
    }

    /** The unsigned PDF a person reads, showing the payload and embedding its JSON under {@code fileName}. */
    @FunctionalInterface
    public interface Print {
        byte[] unsigned(byte[] json, String fileName);
    }

    /**
     * Writes a signed file of the payload's kind to {@code target}: the payload's JSON, checked to be of its kind,
     * embedded by {@code print} under the kind's file name, signed as {@code signature} says, and written whole
     * ({@link AtomicFile}) for {@code readers} by the one {@link SignedFileWriter} that signs sheets and notices too.
     * Returns the SHA-256 of the file written.
     */
    static String write(SyncPayload payload, Print print, Signature signature, Path target,
                        AtomicFile.Readers readers) {
        SignedEnvelope kind = payload.kind();
        byte[] json = payload.json();
        if (!kind.carries(json)) {
            throw new IllegalStateException("payload is not of its kind's format " + kind.format);
        }
        return SignedFileWriter.write(print.unsigned(json, kind.fileName), signature, target, readers);
    }

    /** Whether payload bytes are of this kind, by the format written at their start (a cheap look, not a check). */
    boolean carries(byte[] json) {
        if (json == null) {
            return false;
        }
        String head = new String(json, 0, Math.min(json.length, 200), StandardCharsets.UTF_8);
        return head.contains("\"" + format + "\"");
    }
}
