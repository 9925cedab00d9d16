package com.logicheck.sync;

/**
 * 同步载荷: the JSON one kind of signed file carries — a reference package ({@link ReferencePackage}) or a signed
 * record ({@link RecordFile}). It says its kind and writes its own JSON (opening with the kind's {@code format} and
 * {@code schemaVersion}); {@link SignedEnvelope#write} embeds it under the kind's file name and signs the file, so
 * every kind is written and signed the same way (ADR 0033). A signed sheet's record is written by the signing
 * service, which the sync engine depends on and not the other way round.
 */
public interface SyncPayload {

    /** The kind of signed file this payload is carried in. */
    SignedEnvelope kind();

    /** The JSON embedded in the file, exactly as written to disk. */
    byte[] json();
}
