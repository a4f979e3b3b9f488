package org.newsgeo.ingest;

import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/** Streams a WARC or WET file with jwarc; each record goes through a {@link RecordMapper}. */
final class WarcRecordReader extends AbstractRecordReader {
    private final String sourceFile;
    private final InputStream in;
    private final RecordMapper mapper;
    private WarcReader reader;
    private boolean failed;

    WarcRecordReader(String sourceFile, InputStream in, ReaderOptions options, RecordMapper mapper) throws IOException {
        this.sourceFile = sourceFile;
        this.in = in;
        this.mapper = mapper;
    }

    @Override
    protected IngestItem computeNext() {
        if (failed) return null;
        long offset = -1;
        try {
            if (reader == null) {
                reader = new WarcReader(in);
                reader.setLenient(true);
            }
            Optional<WarcRecord> rec = reader.next();
            if (rec.isEmpty()) return null;
            offset = reader.position();
            return mapper.map(sourceFile, offset, rec.get());
        } catch (IOException | RuntimeException e) {
            failed = true;
            return IngestItem.of(Reject.ingest(sourceFile, Math.max(offset, 0), null, "warc_parse_error", String.valueOf(e)));
        }
    }

    @Override
    public void close() throws IOException {
        if (reader != null) reader.close();
        in.close();
    }
}
