package org.newsgeo.ingest;

import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;

import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * Streams a WARC or WET file with jwarc; each record goes through a {@link RecordMapper}. When jwarc
 * cannot parse a record, the failure becomes one reject and reading resumes at the next gzip member
 * (gzipped files) or the next "WARC/" header line (plain files) after it.
 */
final class WarcRecordReader extends AbstractRecordReader {
    private final String sourceFile;
    private final ReplayStream in;
    private final RecordMapper mapper;
    private WarcReader reader;
    private ReplayStream.SyncMarker marker; // decided from the first bytes of the file
    private long segmentStart;              // file offset where the current jwarc reader began
    private long lastGood = -1;             // offset of the last record jwarc parsed
    private boolean done;

    WarcRecordReader(String sourceFile, InputStream in, ReaderOptions options, RecordMapper mapper) {
        this.sourceFile = sourceFile;
        this.in = new ReplayStream(in, ReplayStream.DEFAULT_WINDOW);
        this.mapper = mapper;
    }

    @Override
    protected IngestItem computeNext() {
        while (!done) {
            long offset = -1;
            try {
                if (reader == null && !startSegment()) return null;
                Optional<WarcRecord> rec = reader.next();
                if (rec.isEmpty()) {
                    done = true;
                    return null;
                }
                offset = segmentStart + reader.position();
                lastGood = offset;
                return mapper.map(sourceFile, offset, rec.get());
            } catch (IOException | RuntimeException e) {
                long failedAt = failurePosition(offset);
                IngestItem reject = IngestItem.of(Reject.ingest(sourceFile, failedAt, null, reason(e), String.valueOf(e)));
                resync(failedAt);
                return reject;
            }
        }
        return null;
    }

    /** Opens jwarc at the stream's current position; false at end of file. */
    private boolean startSegment() throws IOException {
        segmentStart = in.position();
        if (marker == null) {
            int b0 = in.read(), b1 = in.read();
            if (b0 < 0) {
                done = true;
                return false;
            }
            marker = b0 == 0x1f && b1 == 0x8b ? SyncMarkers.GZIP_MEMBER : SyncMarkers.WARC_LINE;
            in.rewind(segmentStart);
        }
        reader = new WarcReader(new FilterInputStream(in) {
            @Override
            public void close() {
                // jwarc closing its view must not close the file: a later segment reads on
            }
        });
        reader.setLenient(true);
        return true;
    }

    /** jwarc reports where the record it was parsing began; fall back to the last good record. */
    private long failurePosition(long mappedOffset) {
        if (mappedOffset >= 0) return mappedOffset;
        long p = reader == null ? in.position() : segmentStart + reader.position();
        return Math.max(p, Math.max(lastGood, 0));
    }

    /** Moves past the damaged record to the next plausible record start, or ends the file. */
    private void resync(long failedAt) {
        try {
            if (reader != null) reader.close();
        } catch (IOException | RuntimeException ignored) {
            // the view is discarded anyway
        }
        reader = null;
        try {
            // strictly after both the failing record and the last good one, so every resync makes progress
            in.rewind(Math.max(failedAt, lastGood) + 1);
            if (marker == null || in.seek(marker) < 0) done = true;
        } catch (IOException | RuntimeException e) {
            done = true;
        }
    }

    private static String reason(Throwable e) {
        if (e instanceof EOFException || e.getCause() instanceof EOFException) return "truncated";
        if (String.valueOf(e.getMessage()).contains("gzip") || e instanceof java.util.zip.ZipException) return "bad_gzip";
        return "warc_parse_error";
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
