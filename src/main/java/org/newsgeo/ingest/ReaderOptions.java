package org.newsgeo.ingest;

import java.io.Serializable;

/** Per-job reader settings; Serializable because the Spark driver ships it to executors. */
public final class ReaderOptions implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Default cap on one record's payload (HTML bytes, text file, JSON line): news pages are far smaller. */
    public static final int DEFAULT_MAX_PAYLOAD_BYTES = 10 * 1024 * 1024;

    public final int maxPayloadBytes;

    public ReaderOptions(int maxPayloadBytes) {
        if (maxPayloadBytes <= 0) throw new IllegalArgumentException("maxPayloadBytes must be > 0");
        this.maxPayloadBytes = maxPayloadBytes;
    }

    public static ReaderOptions defaults() {
        return new ReaderOptions(DEFAULT_MAX_PAYLOAD_BYTES);
    }

    @Override
    public String toString() {
        return "ReaderOptions{maxPayloadBytes=" + maxPayloadBytes + "}";
    }
}
