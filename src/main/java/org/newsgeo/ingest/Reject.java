package org.newsgeo.ingest;

import java.io.Serializable;

/** An input record that could not be used, with the stage that gave up on it and why. */
public record Reject(String sourceFile, long sourceOffset, String url, String stage, String reason, String detail)
        implements Serializable {

    public static Reject ingest(String file, long offset, String url, String reason, String detail) {
        return new Reject(file, offset, url, "ingest", reason, clip(detail));
    }

    public static Reject extract(SourceRecord r, String reason, String detail) {
        return new Reject(r.sourceFile, r.sourceOffset, r.url, "extract", reason, clip(detail));
    }

    /** Keeps reject rows small: a detail is a hint, not a dump. */
    static String clip(String s) {
        return s == null || s.length() <= 500 ? s : s.substring(0, 500);
    }
}
