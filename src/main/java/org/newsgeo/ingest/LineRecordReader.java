package org.newsgeo.ingest;

import java.io.IOException;
import java.io.InputStream;

/**
 * Readers of line-oriented files (JSON Lines, hand-written WET). A bad record is the subclass's to
 * reject; when the stream itself breaks (a truncated gzip) one read_error reject is given, with no
 * offset, and nothing after it is read.
 */
abstract class LineRecordReader extends AbstractRecordReader {
    protected final String sourceFile;
    protected final LineSource lines;
    private final InputStream in;
    private boolean failed;

    LineRecordReader(String sourceFile, InputStream in, ReaderOptions options) {
        this.sourceFile = sourceFile;
        this.in = in;
        this.lines = new LineSource(in, options.maxPayloadBytes);
    }

    /** The next item, or null at the end of the file; an exception means the stream broke. */
    protected abstract IngestItem readNext() throws IOException;

    @Override
    protected final IngestItem computeNext() {
        if (failed) return null;
        try {
            return readNext();
        } catch (IOException | RuntimeException e) {
            failed = true;
            return IngestItem.of(Reject.ingest(sourceFile, -1, null, "read_error", String.valueOf(e)));
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
