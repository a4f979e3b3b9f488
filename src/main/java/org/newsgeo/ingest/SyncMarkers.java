package org.newsgeo.ingest;

import java.nio.charset.StandardCharsets;
import java.util.function.LongPredicate;

/** Where a WARC record can start after damage: a gzip member header, or a line "WARC/<digit>". */
final class SyncMarkers {
    private SyncMarkers() {}

    /** 1f 8b, deflate method 8, and reserved flag bits clear: a gzip member header. */
    static final ReplayStream.SyncMarker GZIP_MEMBER = new ReplayStream.SyncMarker() {
        public int length() { return 4; }

        public int match(byte[] w, long windowStart) {
            boolean gz = (w[0] & 0xff) == 0x1f && (w[1] & 0xff) == 0x8b && w[2] == 8 && (w[3] & 0xe0) == 0;
            return gz ? 0 : -1;
        }
    };

    private static final byte[] WARC = "WARC/".getBytes(StandardCharsets.US_ASCII);

    /**
     * "WARC/" and a version digit, either after a newline or (in a gzipped file) at the first byte of a gzip
     * member, where a record starts even if the member before it was cut short.
     */
    static ReplayStream.SyncMarker warcLine(LongPredicate memberStart) {
        return new ReplayStream.SyncMarker() {
            public int length() { return WARC.length + 2; }

            public int match(byte[] w, long windowStart) {
                if (w[0] == '\n' && isWarc(w, 1)) return 1;
                if (memberStart != null && isWarc(w, 0) && memberStart.test(windowStart)) return 0;
                return -1;
            }
        };
    }

    private static boolean isWarc(byte[] w, int at) {
        for (int i = 0; i < WARC.length; i++) if (w[at + i] != WARC[i]) return false;
        byte d = w[at + WARC.length];
        return d >= '0' && d <= '9';
    }
}
