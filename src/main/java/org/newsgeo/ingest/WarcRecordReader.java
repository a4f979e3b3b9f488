package org.newsgeo.ingest;

import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;

import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * Streams a WARC or WET file with jwarc; each record goes through a {@link RecordMapper}. Gzip is undone
 * here, member by member, so each record is named by its own member's offset. When a record cannot be
 * parsed, the failure becomes one reject and reading resumes at the next record start after it (the next
 * gzip member, or the next "WARC/" line), so one bad record never costs the rest of the file.
 */
final class WarcRecordReader extends AbstractRecordReader {
    private final String sourceFile;
    private final ReplayStream raw;
    private final RecordMapper mapper;
    private ReplayStream in;                // uncompressed WARC bytes
    private MemberGunzip gunzip;            // null for a plain file
    private WarcReader reader;
    private ReplayStream.SyncMarker marker; // decided from the first bytes of the file
    private long segmentStart;              // file offset where the current jwarc reader began
    private long lastGood = -1;             // offset of the last record jwarc parsed
    private long lastResync = -1;           // where the last search for a record start ended
    private boolean done;
    private final java.util.ArrayDeque<IngestItem> pending = new java.util.ArrayDeque<>();
    private static final int MAX_DAMAGE_IN_A_ROW = 100_000;

    WarcRecordReader(String sourceFile, InputStream in, ReaderOptions options, RecordMapper mapper) {
        this.sourceFile = sourceFile;
        this.raw = new ReplayStream(in, ReplayStream.DEFAULT_WINDOW);
        this.mapper = mapper;
    }

    @Override
    protected IngestItem computeNext() {
        if (!pending.isEmpty()) return pending.poll();
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
                return mapper.map(sourceFile, fileOffset(offset), rec.get());
            } catch (IOException | RuntimeException e) {
                long failedAt = failurePosition(offset);
                IngestItem reject = rejectFor(e, fileOffset(failedAt));
                resync(failedAt);
                return reject;
            }
        }
        return null;
    }

    /** Opens jwarc at the stream's current position; false at end of file. */
    private boolean startSegment() throws IOException {
        if (in == null) {
            int b0 = raw.read(), b1 = raw.read();
            if (b0 < 0) {
                done = true;
                return false;
            }
            raw.rewind(0);
            if (b0 == 0x1f && b1 == 0x8b) {
                gunzip = new MemberGunzip(raw);
                in = new ReplayStream(gunzip, ReplayStream.DEFAULT_WINDOW);
                marker = SyncMarkers.warcLine(gunzip::isMemberStart);
            } else {
                in = raw;
                marker = SyncMarkers.warcLine(null);
            }
        }
        segmentStart = in.position();
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
        long p = reader == null ? (in == null ? 0 : in.position()) : segmentStart + reader.position();
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
        if (in == null) {
            done = true;
            return;
        }
        // Search from just after the last good record, not from the failure: a record whose Content-Length
        // overran may have swallowed the next records, which are found again this way. Each search starts
        // strictly later than the one before, so reading always ends.
        long from = Math.max(lastGood, lastResync) + 1;
        long failedRecord = fileOffset(failedAt); // by file offset: damaged gzip members add no uncompressed bytes
        in.rewind(from);
        // Searching may run into more damaged gzip members; each is one more reject, and the search goes on.
        for (int attempt = 0; attempt < MAX_DAMAGE_IN_A_ROW; attempt++) {
            try {
                long at = in.seek(marker);
                if (at >= 0 && fileOffset(at) == failedRecord) { // the record that just failed: do not try it twice
                    in.rewind(at + 1);
                    continue;
                }
                if (at < 0) done = true;
                lastResync = at;
                return;
            } catch (IOException | RuntimeException e) {
                pending.add(rejectFor(e, in.position()));
                if (!(e instanceof java.util.zip.ZipException)) break;
            }
        }
        done = true;
    }

    /** A reject for a read failure; gzip damage is named by the raw offset of the member that broke. */
    private IngestItem rejectFor(Throwable e, long offset) {
        long at = gunzip != null && gunzip.failed() ? gunzip.currentMemberStart() : offset;
        return IngestItem.of(Reject.ingest(sourceFile, at, null, reason(e), String.valueOf(e)));
    }

    /**
     * The offset a record is known by: its gzip member's when it starts one (CC-NEWS, per-record gzip), else
     * its offset in the uncompressed stream (plain files; records inside a whole-file gzip member).
     */
    private long fileOffset(long uncompressed) {
        if (gunzip == null) return uncompressed;
        long m = gunzip.memberStartingAt(uncompressed);
        return m >= 0 ? m : uncompressed;
    }

    private static String reason(Throwable e) {
        if (e instanceof EOFException || e.getCause() instanceof EOFException) return "truncated";
        if (String.valueOf(e.getMessage()).contains("gzip") || e instanceof java.util.zip.ZipException) return "bad_gzip";
        return "warc_parse_error";
    }

    @Override
    public void close() throws IOException {
        if (gunzip != null) gunzip.close();
        raw.close();
    }
}
