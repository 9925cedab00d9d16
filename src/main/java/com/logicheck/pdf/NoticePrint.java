package com.logicheck.pdf;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Everything printed on a 整改通知单, already resolved to text. {@code fields} are label/value pairs in print order
 * (服务企业, 地点, 整改期限 …); {@code items} one line per 不合格项; {@code recordJson} the order's machine-readable
 * record, embedded as a PDF/A-3 associated file. {@code signedBy}/{@code signedAt}: who signs the notice digitally
 * and when (printed under the issuer's line), null for an unsigned print.
 */
public record NoticePrint(String title, UUID orderId, String provider, String place, OffsetDateTime raisedAt,
                          String raisedBy, List<Field> fields, List<String> items, byte[] recordJson,
                          String recordFileName, String signedBy, OffsetDateTime signedAt) {
    public NoticePrint {
        fields = List.copyOf(fields);
        items = List.copyOf(items);
    }

    public NoticePrint(String title, UUID orderId, String provider, String place, OffsetDateTime raisedAt,
                       String raisedBy, List<Field> fields, List<String> items, byte[] recordJson, String recordFileName) {
        this(title, orderId, provider, place, raisedAt, raisedBy, fields, items, recordJson, recordFileName, null, null);
    }

    public record Field(String label, String value) {
    }
}
