package org.newsgeo.ingest;

import java.io.InputStream;
import java.time.Instant;

/** One article per .txt file, as a person would paste it; decoded as UTF-8 unless it clearly is not. */
final class TextFileReader extends SingleFileReader {
    private final Instant modified;

    /** @param modified the file's modification time when the caller knows it, else null */
    TextFileReader(String sourceFile, InputStream in, ReaderOptions options, Instant modified) {
        super(sourceFile, in, options);
        this.modified = modified;
    }

    @Override
    protected IngestItem read(byte[] bytes) {
        String text = Charsets.decodeText(bytes);
        if (text.isBlank()) return IngestItem.of(Reject.ingest(sourceFile, 0, null, "empty_file", null));
        return IngestItem.of(SourceRecord.text(sourceFile, 0, null, modified, text));
    }
}
