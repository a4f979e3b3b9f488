package org.newsgeo.ingest;

/**
 * What a reader yields for each record of a file: a usable record, a reject, or a skip counted by category
 * (non-response WARC records, non-HTML payloads, non-200 statuses...).
 */
public record IngestItem(SourceRecord record, Reject reject, String skipped) {
    public static IngestItem of(SourceRecord r) { return new IngestItem(r, null, null); }
    public static IngestItem of(Reject r) { return new IngestItem(null, r, null); }
    public static IngestItem skip(String category) { return new IngestItem(null, null, category); }
}
