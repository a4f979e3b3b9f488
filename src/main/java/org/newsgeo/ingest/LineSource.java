package org.newsgeo.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a stream into '\n'-terminated lines as bytes, remembering each line's byte offset; a line over
 * the cap is skipped to its end (never held whole) and reported as too long.
 */
final class LineSource {
    private final InputStream in;
    private final int cap;
    private final byte[] buf = new byte[64 * 1024];
    private int pos, len;
    private long consumed; // bytes before buf[0]
    private boolean eof;

    /** One line: its offset, bytes without the terminator (null when over the cap), and its full length. */
    record Line(long offset, byte[] bytes, long length) {}

    LineSource(InputStream in, int cap) {
        this.in = in;
        this.cap = cap;
    }

    /** The next line, or null at the end of the stream. */
    Line next() throws IOException {
        if (!fill()) return null;
        long offset = consumed + pos;
        byte[] line = new byte[Math.min(1024, cap)];
        int n = 0;
        long total = 0;
        boolean over = false;
        while (fill()) {
            int start = pos;
            while (pos < len && buf[pos] != '\n') pos++;
            int chunk = pos - start;
            total += chunk;
            if (!over) {
                if (n + chunk > cap) {
                    over = true;
                    line = null;
                } else {
                    if (n + chunk > line.length) line = Arrays.copyOf(line, Math.min(cap, Math.max(line.length * 2, n + chunk)));
                    System.arraycopy(buf, start, line, n, chunk);
                    n += chunk;
                }
            }
            if (pos < len) { pos++; break; } // consumed the '\n'
        }
        if (line != null) {
            if (n > 0 && line[n - 1] == '\r') n--;
            line = Arrays.copyOf(line, n);
        }
        return new Line(offset, line, total);
    }

    private boolean fill() throws IOException {
        if (pos < len) return true;
        if (eof) return false;
        consumed += len;
        pos = 0;
        len = 0;
        int r = in.read(buf);
        if (r <= 0) { eof = true; return false; }
        len = r;
        return true;
    }
}
