package org.newsgeo.ingest;

import java.io.Serializable;
import java.time.Instant;
import java.util.Map;

/**
 * One input record, decoded as far as ingestion goes: what extraction needs and where it came from.
 * For HTML the payload is raw bytes (charset is decided by {@link Charsets}); for text and JSON Lines
 * inputs {@code text} is already a Java string.
 */
public final class SourceRecord implements Serializable {
    /** What kind of content the record carries. */
    public enum Kind { HTML, TEXT, FIELDS }

    public final String sourceFile;
    public final long sourceOffset;
    public final String url;
    public final Instant crawlTime;
    public final Kind kind;
    /** HTTP Content-Type header value (HTML only), may be null. */
    public final String contentType;
    /** Raw HTML bytes (kind HTML), else null. */
    public final byte[] payload;
    /** Plain text (kind TEXT: the whole file; kind FIELDS: the body), else null. */
    public final String text;
    /** Pre-extracted fields (kind FIELDS: jsonl and WET), keyed by article column name; may be empty. */
    public final Map<String, String> fields;

    private SourceRecord(String sourceFile, long sourceOffset, String url, Instant crawlTime, Kind kind,
                         String contentType, byte[] payload, String text, Map<String, String> fields) {
        this.sourceFile = sourceFile;
        this.sourceOffset = sourceOffset;
        this.url = url;
        this.crawlTime = crawlTime;
        this.kind = kind;
        this.contentType = contentType;
        this.payload = payload;
        this.text = text;
        this.fields = fields == null ? Map.of() : fields;
    }

    public static SourceRecord html(String file, long offset, String url, Instant crawlTime,
                                    String contentType, byte[] payload) {
        return new SourceRecord(file, offset, url, crawlTime, Kind.HTML, contentType, payload, null, null);
    }

    public static SourceRecord text(String file, long offset, String url, Instant crawlTime, String text) {
        return new SourceRecord(file, offset, url, crawlTime, Kind.TEXT, null, null, text, null);
    }

    public static SourceRecord fields(String file, long offset, String url, Instant crawlTime,
                                      String body, Map<String, String> fields) {
        return new SourceRecord(file, offset, url, crawlTime, Kind.FIELDS, null, null, body, fields);
    }
}
