package org.newsgeo.ingest;

import java.io.IOException;
import java.io.InputStream;

/**
 * An input stream that remembers its last bytes in a ring, so a reader that choked on a bad record
 * can step back to just after the last good record and search for the next record start. Memory is
 * bounded by the window; stepping back further than it lands on the oldest byte still held.
 */
final class ReplayStream extends InputStream {
    static final int DEFAULT_WINDOW = 4 * 1024 * 1024;

    private final InputStream in;
    private final byte[] ring;
    private long filled; // bytes read from `in` so far
    private long pos;    // logical position: next byte to hand out
    private boolean eof;

    ReplayStream(InputStream in, int window) {
        this.in = in;
        this.ring = new byte[window];
    }

    long position() { return pos; }

    /** Moves back (or forward within what was read) to {@code to}; returns where it actually landed. */
    long rewind(long to) {
        long oldest = Math.max(0, filled - ring.length);
        pos = Math.max(oldest, Math.min(to, filled));
        return pos;
    }

    @Override
    public int read() throws IOException {
        if (pos == filled && !fill()) return -1;
        return ring[(int) (pos++ % ring.length)] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) return 0;
        if (pos == filled && !fill()) return -1;
        int n = (int) Math.min(len, filled - pos);
        int at = (int) (pos % ring.length);
        int first = Math.min(n, ring.length - at);
        System.arraycopy(ring, at, b, off, first);
        if (first < n) System.arraycopy(ring, 0, b, off + first, n - first);
        pos += n;
        return n;
    }

    /** Reads more bytes from the source into the ring, at most up to the ring's end (no wrap in one call). */
    private boolean fill() throws IOException {
        if (eof) return false;
        int at = (int) (filled % ring.length);
        int room = Math.min(ring.length - at, 256 * 1024);
        int r = in.read(ring, at, room);
        if (r < 0) {
            eof = true;
            return false;
        }
        filled += r;
        return r > 0 || fill();
    }

    /** Reads forward until {@code marker} says a record starts here; positions the stream on it; -1 at the end. */
    long seek(SyncMarker marker) throws IOException {
        byte[] window = new byte[marker.length()];
        int have = 0;
        long start = pos;
        int c;
        while ((c = read()) >= 0) {
            if (have < window.length) {
                window[have++] = (byte) c;
            } else {
                System.arraycopy(window, 1, window, 0, window.length - 1);
                window[window.length - 1] = (byte) c;
                start++;
            }
            if (have == window.length) {
                int at = marker.match(window, start);
                if (at >= 0) return rewind(start + at);
            }
        }
        return -1;
    }

    /** Where a record may start: a gzip member header, or a "WARC/" version line. */
    interface SyncMarker {
        /** How many bytes the marker looks at. */
        int length();

        /** The index in the window where a record starts, or -1; {@code windowStart} is window[0]'s offset. */
        int match(byte[] window, long windowStart);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
