package org.newsgeo.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Constructor;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/**
 * Undoes HTTP Content-Encoding on a stored payload. Crawlers disagree on whether they store the
 * decoded body (Common Crawl does, and renames the header) or the wire bytes (wget does), and some
 * headers lie (ClueWeb09 says gzip over plain bytes), so the bytes are checked, not just the header.
 */
final class ContentEncodings {
    private ContentEncodings() {}

    /** Thrown for an encoding we cannot undo; its message is a stable reason detail. */
    static final class Unsupported extends IOException {
        Unsupported(String msg) { super(msg); }
    }

    static byte[] decode(byte[] raw, String encoding, int cap) throws IOException {
        if (encoding == null || raw.length == 0) return raw;
        String e = encoding.trim().toLowerCase(Locale.ROOT);
        switch (e) {
            case "": case "identity": case "none": case "utf-8": case "utf8":
                return raw;
            case "gzip": case "x-gzip":
                if (!isGzip(raw)) return raw; // header lies: the bytes are already plain
                return Bytes.readCapped(new GZIPInputStream(new ByteArrayInputStream(raw)), cap);
            case "deflate":
                if (looksLikeMarkup(raw)) return raw;
                // "deflate" is zlib-wrapped by the RFC, raw deflate in some servers: try both.
                try {
                    return Bytes.readCapped(new InflaterInputStream(new ByteArrayInputStream(raw)), cap);
                } catch (Bytes.TooLarge t) {
                    throw t;
                } catch (IOException zlibFailed) {
                    return Bytes.readCapped(new InflaterInputStream(new ByteArrayInputStream(raw), new Inflater(true)), cap);
                }
            case "br":
                if (looksLikeMarkup(raw)) return raw;
                return Bytes.readCapped(brotli(new ByteArrayInputStream(raw)), cap);
            default:
                if (looksLikeMarkup(raw)) return raw;
                throw new Unsupported("content-encoding " + e);
        }
    }

    static boolean isGzip(byte[] b) {
        return b.length >= 2 && (b[0] & 0xff) == 0x1f && (b[1] & 0xff) == 0x8b;
    }

    /** A body that already starts like HTML/XML was stored decoded, whatever the header says. */
    static boolean looksLikeMarkup(byte[] b) {
        for (int i = 0; i < Math.min(b.length, 512); i++) {
            int c = b[i] & 0xff;
            if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == 0xEF || c == 0xBB || c == 0xBF) continue;
            return c == '<';
        }
        return false;
    }

    /** Brotli via org.brotli:dec when it is on the classpath (jwarc's optional dependency). */
    private static InputStream brotli(InputStream in) throws IOException {
        try {
            Class<?> c = Class.forName("org.brotli.dec.BrotliInputStream");
            Constructor<?> k = c.getConstructor(InputStream.class);
            return (InputStream) k.newInstance(in);
        } catch (ClassNotFoundException e) {
            throw new Unsupported("content-encoding br (no brotli decoder on the classpath)");
        } catch (ReflectiveOperationException e) {
            throw new IOException("brotli: " + e.getCause(), e);
        }
    }
}
