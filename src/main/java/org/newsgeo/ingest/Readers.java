package org.newsgeo.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;

/** The one entry point the Spark job uses: a streaming reader for one already-opened input file. */
public final class Readers {
    private Readers() {}

    /**
     * @param sourceFile the file's path or URI as it should appear in source_file
     * @param in         the raw file bytes (still gzipped if the file is); closed with the reader
     * @param format     the resolved format of this file (AUTO is resolved from the name)
     */
    public static RecordReader open(String sourceFile, InputStream in, InputFormat format, ReaderOptions options) {
        return open(sourceFile, in, format, options, null);
    }

    /**
     * As above; {@code modified} (the file's modification time, e.g. Hadoop's FileStatus.getModificationTime)
     * becomes the crawl time of TEXT and HTML file articles, which have no other; null when unknown.
     */
    public static RecordReader open(String sourceFile, InputStream in, InputFormat format, ReaderOptions options,
                                    Instant modified) {
        if (options == null) options = ReaderOptions.defaults();
        InputFormat f = format == null ? InputFormat.AUTO : format;
        f = f.resolve(sourceFile);
        try {
            switch (f) {
                case WARC: return new WarcRecordReader(sourceFile, in, options, new WarcResponseMapper(options));
                case WET: return openWet(sourceFile, in, options);
                case HTML: return new HtmlFileReader(sourceFile, Gzip.maybeGunzip(in), options, modified);
                case TEXT: return new TextFileReader(sourceFile, Gzip.maybeGunzip(in), options, modified);
                case JSONL: return new JsonLinesReader(sourceFile, Gzip.maybeGunzip(in), options);
                default: throw new IllegalArgumentException("unsupported format " + f);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open " + sourceFile, e);
        }
    }

    /** Spec WET (CRLF, exact lengths) goes through jwarc; LF-only hand-made WET through the lenient reader. */
    private static RecordReader openWet(String sourceFile, InputStream in, ReaderOptions options) throws IOException {
        BufferedInputStream b = new BufferedInputStream(in, 64 * 1024);
        b.mark(256);
        byte[] head = b.readNBytes(256);
        b.reset();
        int nl = indexOf(head, (byte) '\n');
        boolean lfOnly = head.length > 0 && head[0] == 'W' && nl > 0 && head[nl - 1] != '\r';
        return lfOnly ? new LenientWetReader(sourceFile, b, options)
                : new WarcRecordReader(sourceFile, b, options, new WetConversionMapper(options));
    }

    private static int indexOf(byte[] b, byte x) {
        for (int i = 0; i < b.length; i++) if (b[i] == x) return i;
        return -1;
    }
}
