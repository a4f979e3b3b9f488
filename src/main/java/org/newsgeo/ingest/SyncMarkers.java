package org.newsgeo.ingest;

/** The two places a WARC record can start after damage: a gzip member, or a line "WARC/<digit>". */
final class SyncMarkers {
    private SyncMarkers() {}

    /** 1f 8b, deflate method 8, and reserved flag bits clear: a gzip member header. */
    static final ReplayStream.SyncMarker GZIP_MEMBER = new ReplayStream.SyncMarker() {
        public int length() { return 4; }

        public boolean matches(byte[] w) {
            return (w[0] & 0xff) == 0x1f && (w[1] & 0xff) == 0x8b && w[2] == 8 && (w[3] & 0xe0) == 0;
        }

        public int recordStart() { return 0; }
    };

    /** "\nWARC/" followed by a version digit: the first line of a record header in a plain file. */
    static final ReplayStream.SyncMarker WARC_LINE = new ReplayStream.SyncMarker() {
        private final byte[] text = "\nWARC/".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

        public int length() { return text.length + 1; }

        public boolean matches(byte[] w) {
            for (int i = 0; i < text.length; i++) if (w[i] != text[i]) return false;
            return w[text.length] >= '0' && w[text.length] <= '9';
        }

        public int recordStart() { return 1; }
    };
}
