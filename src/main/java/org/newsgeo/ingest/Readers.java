package org.newsgeo.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The one entry point the Spark job uses: a streaming reader for one already-opened input file. */
public final class Readers {
    private Readers() {}

    /**
     * @param sourceFile the file's path or URI as it should appear in source_file
     * @param in         the raw file bytes (still gzipped if the file is); closed with the reader
     * @param format     the resolved format of this file (AUTO is resolved from the name)
     */
    public static RecordReader open(String sourceFile, InputStream in, InputFormat format, ReaderOptions options) {
        if (options == null) options = ReaderOptions.defaults();
        InputFormat f = format == null ? InputFormat.AUTO : format;
        f = f.resolve(sourceFile);
        try {
            switch (f) {
                case WARC: return new WarcRecordReader(sourceFile, in, options, new WarcResponseMapper(options));
                case WET: return new WarcRecordReader(sourceFile, in, options, new WetConversionMapper(options));
                case HTML: return new HtmlFileReader(sourceFile, Gzip.maybeGunzip(in), options);
                case TEXT: return new TextFileReader(sourceFile, Gzip.maybeGunzip(in), options, null);
                case JSONL: return new JsonLinesReader(sourceFile, Gzip.maybeGunzip(in), options);
                default: throw new IllegalArgumentException("unsupported format " + f);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open " + sourceFile, e);
        }
    }
}
