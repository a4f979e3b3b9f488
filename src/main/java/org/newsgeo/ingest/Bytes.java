package org.newsgeo.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/** Reads streams into memory with a cap, so one huge record cannot exhaust the heap. */
final class Bytes {
    private Bytes() {}

    /** Thrown when a stream holds more than the cap; the caller turns it into a reject. */
    static final class TooLarge extends IOException {
        TooLarge(long cap) { super("more than " + cap + " bytes"); }
    }

    static byte[] readCapped(InputStream in, int cap) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(cap, 64 * 1024));
        byte[] buf = new byte[16 * 1024];
        long total = 0;
        int n;
        while ((n = in.read(buf)) > 0) {
            total += n;
            if (total > cap) throw new TooLarge(cap);
            out.write(buf, 0, n);
        }
        return out.toByteArray();
    }

    /** What a read got before the stream failed: the bytes, and the failure (null if it ended cleanly). */
    record Partial(byte[] bytes, IOException error) {}

    /** Like {@link #readCapped} but keeps what was read when the stream breaks (truncated crawl files). */
    static Partial readPartial(InputStream in, int cap) throws TooLarge {
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(cap, 64 * 1024));
        byte[] buf = new byte[16 * 1024];
        long total = 0;
        try {
            int n;
            while ((n = in.read(buf)) > 0) {
                total += n;
                if (total > cap) throw new TooLarge(cap);
                out.write(buf, 0, n);
            }
            return new Partial(out.toByteArray(), null);
        } catch (TooLarge t) {
            throw t;
        } catch (IOException | RuntimeException e) {
            return new Partial(out.toByteArray(), e instanceof IOException io ? io : new IOException(e));
        }
    }
}
