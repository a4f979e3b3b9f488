package org.newsgeo.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;

/** Un-gzips a stream when its first bytes say it is gzip, whatever the file is called. */
final class Gzip {
    private Gzip() {}

    static InputStream maybeGunzip(InputStream in) throws IOException {
        BufferedInputStream b = in instanceof BufferedInputStream ? (BufferedInputStream) in
                : new BufferedInputStream(in, 64 * 1024);
        b.mark(2);
        int b0 = b.read(), b1 = b.read();
        b.reset();
        // GZIPInputStream also reads concatenated members, as `gzip -dc` does.
        return b0 == 0x1f && b1 == 0x8b ? new GZIPInputStream(b, 64 * 1024) : b;
    }
}
