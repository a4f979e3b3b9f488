package org.newsgeo.ingest;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Cut or scrambled crawl files never make a reader throw or stop early: each run ends, and the records
 * outside the damaged region still come out. Deterministic seeds, so a failure reproduces.
 */
class DamagedInputTest {
    private static final byte[] GZ = ReaderRun.load("warc/resiliparse-CC-MAIN-2020-34-sample.warc.gz");
    private static final int ALL = 16;

    @Test
    void cutAnywhereInAGzippedFile() {
        Random rnd = new Random(1);
        for (int i = 0; i < 40; i++) {
            int cut = rnd.nextInt(GZ.length);
            ReaderRun run = assertDoesNotThrow(() -> ReaderRun.bytes("cut.warc.gz", Arrays.copyOf(GZ, cut), InputFormat.WARC,
                    ReaderOptions.defaults()));
            long before = WarcRecordsTest.memberStarts(GZ).stream().filter(m -> m < cut).count();
            assertTrue(run.items.size() >= before - 1, "cut at " + cut + ": " + run.counts);
        }
    }

    @Test
    void scrambledBytesInAGzippedFileCostOnlyTheRecordsTheyHit() {
        Random rnd = new Random(2);
        for (int i = 0; i < 40; i++) {
            byte[] d = GZ.clone();
            int at = rnd.nextInt(d.length - 64);
            for (int k = 0; k < 32; k++) d[at + k] = (byte) rnd.nextInt(256);
            ReaderRun run = assertDoesNotThrow(() -> ReaderRun.bytes("bad.warc.gz", d, InputFormat.WARC, ReaderOptions.defaults()));
            // 32 scrambled bytes can touch at most two members, so at most two responses are lost
            assertTrue(run.records().size() >= ALL - 2, "scrambled at " + at + ": " + run.counts);
        }
    }

    @Test
    void scrambledBytesInAPlainFileCostOnlyTheRecordsTheyHit() throws IOException {
        byte[] plain = new GZIPInputStream(new ByteArrayInputStream(GZ)).readAllBytes();
        Random rnd = new Random(3);
        for (int i = 0; i < 40; i++) {
            byte[] d = plain.clone();
            int at = rnd.nextInt(d.length - 64);
            for (int k = 0; k < 32; k++) d[at + k] = (byte) rnd.nextInt(256);
            ReaderRun run = assertDoesNotThrow(() -> ReaderRun.bytes("bad.warc", d, InputFormat.WARC, ReaderOptions.defaults()));
            assertTrue(run.records().size() >= ALL - 2, "scrambled at " + at + ": " + run.counts);
        }
    }
}
