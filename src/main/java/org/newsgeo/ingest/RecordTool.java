package org.newsgeo.ingest;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Seekable;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * `newsgeo record FILE OFFSET`: prints the raw input record that a source_file/source_offset pair
 * points at (a WARC record's header and block, a JSON line, or the start of a single-record file),
 * so a reject or an odd article can be looked at by hand.
 */
public final class RecordTool {
    private RecordTool() {}

    /** Most a record print shows; a page is far smaller, a runaway record is cut. */
    static final int MAX_PRINT = 16 * 1024 * 1024;

    /**
     * @return the exit status for the CLI: 0 when a record was printed
     * @throws IllegalArgumentException bad usage: missing file, negative offset, no record at that offset
     */
    public static int print(String file, long offset, Configuration conf, PrintStream out) throws IOException {
        if (offset < 0) throw new IllegalArgumentException("offset must be >= 0: " + offset);
        InputFormat f = InputFormat.AUTO.resolve(file);
        boolean gzipFile;
        try (InputStream head = InputPaths.open(file, conf)) {
            gzipFile = head.read() == 0x1f && head.read() == 0x8b;
        }
        try (InputStream raw = InputPaths.open(file, conf)) {
            skipTo(raw, offset);
            BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
            InputStream data = gunzipIfGzip(in);
            if (gzipFile && data == in) {
                // no member starts here: in a whole-file gzip the reader names records by uncompressed offset
                data = uncompressedAt(file, offset, conf);
            }
            switch (f) {
                case WARC: case WET: printWarcRecord(data, out); break;
                case JSONL: printLine(data, out); break;
                default: copy(data, out, MAX_PRINT);
            }
            out.flush();
        }
        return 0;
    }

    private static InputStream uncompressedAt(String file, long offset, Configuration conf) throws IOException {
        InputStream in = new GZIPInputStream(new BufferedInputStream(InputPaths.open(file, conf), 1 << 16), 1 << 16);
        skipTo(in, offset);
        return in;
    }

    private static void skipTo(InputStream in, long offset) throws IOException {
        if (in instanceof Seekable s) {
            s.seek(offset);
            return;
        }
        long left = offset;
        while (left > 0) {
            long n = in.skip(left);
            if (n <= 0) {
                if (in.read() < 0) throw new IllegalArgumentException("offset " + offset + " is past the end of the file");
                n = 1;
            }
            left -= n;
        }
    }

    private static InputStream gunzipIfGzip(BufferedInputStream in) throws IOException {
        in.mark(2);
        int b0 = in.read(), b1 = in.read();
        in.reset();
        return b0 == 0x1f && b1 == 0x8b ? new GZIPInputStream(in, 1 << 16) : in;
    }

    /** Header lines up to the blank line, then exactly Content-Length bytes of block. */
    private static void printWarcRecord(InputStream in, PrintStream out) throws IOException {
        long length = -1;
        String line;
        boolean first = true;
        while ((line = readLine(in)) != null) {
            if (first && !line.startsWith("WARC/")) {
                throw new IllegalArgumentException("no WARC record starts at this offset (found: "
                        + line.substring(0, Math.min(40, line.length())) + ")");
            }
            first = false;
            out.print(line + "\r\n");
            if (line.isEmpty()) break;
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).trim().toLowerCase(Locale.ROOT).equals("content-length")) {
                try {
                    length = Long.parseLong(line.substring(colon + 1).trim());
                } catch (NumberFormatException ignored) {
                    // print what follows up to the cap
                }
            }
        }
        copy(in, out, length < 0 ? MAX_PRINT : Math.min(length, MAX_PRINT));
        out.println();
    }

    private static void printLine(InputStream in, PrintStream out) throws IOException {
        int c;
        long n = 0;
        while ((c = in.read()) >= 0 && c != '\n' && n++ < MAX_PRINT) out.write(c);
        out.println();
    }

    /** A header line as ISO-8859-1 text, without its CRLF or LF; null at end of stream. */
    private static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        int c;
        while ((c = in.read()) >= 0 && c != '\n') b.write(c);
        if (c < 0 && b.size() == 0) return null;
        String s = b.toString(StandardCharsets.ISO_8859_1);
        return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
    }

    private static void copy(InputStream in, PrintStream out, long max) throws IOException {
        byte[] buf = new byte[1 << 16];
        long left = max;
        int n;
        while (left > 0 && (n = in.read(buf, 0, (int) Math.min(buf.length, left))) > 0) {
            out.write(buf, 0, n);
            left -= n;
        }
    }
}
