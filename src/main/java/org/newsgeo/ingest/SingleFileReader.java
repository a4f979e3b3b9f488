package org.newsgeo.ingest;

import java.io.IOException;
import java.io.InputStream;

/** Base for formats with one record per file (HTML, text): read it capped, yield exactly one item. */
abstract class SingleFileReader extends AbstractRecordReader {
    protected final String sourceFile;
    private final InputStream in;
    private final ReaderOptions options;
    private boolean read;

    SingleFileReader(String sourceFile, InputStream in, ReaderOptions options) {
        this.sourceFile = sourceFile;
        this.in = in;
        this.options = options;
    }

    protected abstract IngestItem read(byte[] bytes);

    @Override
    protected final IngestItem computeNext() {
        if (read) return null;
        read = true;
        try {
            return read(Bytes.readCapped(in, options.maxPayloadBytes));
        } catch (Bytes.TooLarge e) {
            return IngestItem.of(Reject.ingest(sourceFile, 0, null, "payload_too_large", e.getMessage()));
        } catch (IOException | RuntimeException e) {
            return IngestItem.of(Reject.ingest(sourceFile, 0, null, "read_error", String.valueOf(e)));
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
