package org.newsgeo.ingest;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import java.util.zip.ZipException;

/**
 * Decompresses a gzip file member by member and remembers where each member starts, so a record can be
 * named by the offset of its own gzip member (CC-NEWS: one record per member). A corrupt member fails one
 * read, after which decompression resumes at the next member header in the raw bytes.
 */
final class MemberGunzip extends InputStream {
    private static final int FHCRC = 2, FEXTRA = 4, FNAME = 8, FCOMMENT = 16;
    private static final int KEEP_BOUNDARIES = 4096;

    private final ReplayStream raw;
    private final Inflater inflater = new Inflater(true);
    private final byte[] buf = new byte[64 * 1024];
    private int bufPos, bufLen;
    private long bufBase;       // raw offset of buf[0]
    private boolean inMember, resyncNeeded, eof;
    private long memberRawStart;
    private long out;           // uncompressed bytes produced so far
    /** Recent (uncompressed start, raw start) pairs of members, oldest first. */
    private final Deque<long[]> boundaries = new ArrayDeque<>();

    MemberGunzip(ReplayStream raw) {
        this.raw = raw;
    }

    /** The raw offset of the member that starts exactly at uncompressed offset {@code u}, or -1. */
    long memberStartingAt(long u) {
        for (var it = boundaries.descendingIterator(); it.hasNext(); ) {
            long[] b = it.next();
            if (b[0] == u) return b[1];
            if (b[0] < u) return -1;
        }
        return -1;
    }

    /** Raw offset of the member being (or last) decompressed. */
    long currentMemberStart() {
        return memberRawStart;
    }

    /** True between a gzip failure and the resync that the next read performs (EOF counts as failed). */
    boolean failed() {
        return resyncNeeded || (eof && inMember);
    }

    /** Whether uncompressed offset {@code u} is the first byte of a member. */
    boolean isMemberStart(long u) {
        return memberStartingAt(u) >= 0;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) return 0;
        while (true) {
            if (eof) return -1;
            if (resyncNeeded) resync();
            if (!inMember && !startMember()) return -1;
            int n;
            try {
                n = inflater.inflate(b, off, len);
            } catch (DataFormatException e) {
                resyncNeeded = true;
                throw new ZipException("corrupt gzip member at offset " + memberRawStart + ": " + e.getMessage());
            }
            if (n > 0) {
                out += n;
                return n;
            }
            if (inflater.finished()) {
                bufPos = bufLen - inflater.getRemaining();
                skipRaw(8); // CRC32 and ISIZE: the WARC block digests are the integrity check that matters
                inMember = false;
            } else if (inflater.needsInput()) {
                if (!refill()) {
                    eof = true;
                    throw new EOFException("unexpected end of gzip stream in member at offset " + memberRawStart);
                }
                inflater.setInput(buf, bufPos, bufLen - bufPos);
                bufPos = bufLen;
            } else if (inflater.needsDictionary()) {
                resyncNeeded = true;
                throw new ZipException("gzip member at offset " + memberRawStart + " needs a dictionary");
            }
        }
    }

    /** Parses a member header at the current raw position; false at a clean end of file. */
    private boolean startMember() throws IOException {
        long start = bufBase + bufPos;
        int id1 = next();
        if (id1 < 0) {
            eof = true;
            return false;
        }
        int id2 = next(), cm = next(), flg = next();
        if (id1 != 0x1f || id2 != 0x8b || cm != 8) {
            // bytes after a member that are not a member: padding or damage; look for the next member
            memberRawStart = start;
            resyncNeeded = true;
            throw new ZipException("no gzip member header at offset " + start);
        }
        skipRaw(6); // mtime, xfl, os
        if ((flg & FEXTRA) != 0) skipRaw(next() | (next() << 8));
        if ((flg & FNAME) != 0) while (next() > 0) { /* zero-terminated name */ }
        if ((flg & FCOMMENT) != 0) while (next() > 0) { /* zero-terminated comment */ }
        if ((flg & FHCRC) != 0) skipRaw(2);
        memberRawStart = start;
        inflater.reset();
        if (bufLen > bufPos) {
            inflater.setInput(buf, bufPos, bufLen - bufPos);
            bufPos = bufLen;
        }
        inMember = true;
        boundaries.addLast(new long[] {out, start});
        if (boundaries.size() > KEEP_BOUNDARIES) boundaries.removeFirst();
        return true;
    }

    /** After damage: step back to just past the bad member's start and find the next member header. */
    private void resync() throws IOException {
        resyncNeeded = false;
        inMember = false;
        raw.rewind(memberRawStart + 1);
        bufPos = bufLen = 0;
        long at = raw.seek(SyncMarkers.GZIP_MEMBER);
        if (at < 0) {
            eof = true;
            return;
        }
        bufBase = at;
    }

    private int next() throws IOException {
        if (bufPos == bufLen && !refill()) return -1;
        return buf[bufPos++] & 0xff;
    }

    private void skipRaw(int n) throws IOException {
        for (int i = 0; i < n; i++) if (next() < 0) return;
    }

    private boolean refill() throws IOException {
        if (bufPos < bufLen) return true;
        bufBase += bufLen;
        bufPos = 0;
        bufLen = 0;
        int r = raw.read(buf, 0, buf.length);
        if (r <= 0) return false;
        bufLen = r;
        return true;
    }

    @Override
    public void close() throws IOException {
        inflater.end();
        raw.close();
    }
}
