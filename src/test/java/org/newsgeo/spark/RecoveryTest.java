package org.newsgeo.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Encoders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Nightly runs that stop half-way: the next run finishes the work once, and writes nothing twice. */
class RecoveryTest extends SparkTestBase {

    @Test
    void runThatStoppedAfterItsArticlesGetsItsMentionsFromTheNextRun(@TempDir Path tmp) {
        Path warc = resourceFile("/org/newsgeo/sample/newsgeo-sample.warc.gz", tmp);
        String clean = tmp.resolve("clean").toString();
        assertEquals(0, cli("run", "--input", warc.toString(), "--warehouse", clean).status());
        long mentions = Tables.read(SPARK, clean, Tables.MENTIONS).count();
        long focus = Tables.read(SPARK, clean, Tables.FOCUS).count();
        assertTrue(mentions > 50, "mentions in the sample: " + mentions);

        // The extract stage alone is what a run leaves when it dies before its mentions.
        String wh = tmp.resolve("wh").toString();
        assertEquals(0, cli("extract", "--input", warc.toString(), "--warehouse", wh).status());
        assertFalse(Tables.exists(SPARK, wh, Tables.MENTIONS));

        Result next = cli("run", "--input", warc.toString(), "--warehouse", wh);
        assertEquals(0, next.status(), next.out());
        assertTrue(next.out().contains("(1 already in the warehouse, skipped)"), next.out());
        assertTrue(next.out().contains("including those of 1 earlier run(s) that stopped before their mentions"),
                next.out());
        assertEquals(mentions, Tables.read(SPARK, wh, Tables.MENTIONS).count());
        assertEquals(focus, Tables.read(SPARK, wh, Tables.FOCUS).count());
        assertTrue(Tables.exists(SPARK, wh, "country_daily"));

        Result after = cli("run", "--input", warc.toString(), "--warehouse", wh);
        assertFalse(after.out().contains("earlier run"), after.out());
        assertEquals(mentions, Tables.read(SPARK, wh, Tables.MENTIONS).count());
    }

    @Test
    void runThatStoppedBetweenMentionsAndFocusWritesOnlyWhatIsMissing(@TempDir Path tmp) throws IOException {
        Path warc = resourceFile("/org/newsgeo/sample/newsgeo-sample.warc.gz", tmp);
        String wh = tmp.resolve("wh").toString();
        assertEquals(0, cli("run", "--input", warc.toString(), "--warehouse", wh).status());
        long mentions = Tables.read(SPARK, wh, Tables.MENTIONS).count();
        long focus = Tables.read(SPARK, wh, Tables.FOCUS).count();
        String run = Tables.read(SPARK, wh, Tables.ARTICLES).select("ingest_run").distinct()
                .as(Encoders.STRING()).first();

        // As if the run had died after appending mentions: no focus rows, no "mentions done" in the log.
        delete(Path.of(wh, Tables.FOCUS));
        delete(Path.of(wh, Tables.RUNS));
        new RunLog(SPARK, wh).log(List.of(run), RunLog.ARTICLES);

        Result next = cli("run", "--input", warc.toString(), "--warehouse", wh);
        assertTrue(next.out().contains("earlier run(s) that stopped before their mentions: " + run), next.out());
        assertEquals(mentions, Tables.read(SPARK, wh, Tables.MENTIONS).count(), "no mention written twice");
        assertEquals(focus, Tables.read(SPARK, wh, Tables.FOCUS).count());
        assertEquals(List.of(), new RunLog(SPARK, wh).withoutMentions());
    }

    @Test
    void recordsRejectedBeforeAreNotRejectedAgainWhenTheirFileIsReadAgain(@TempDir Path tmp) throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        resourceFile("/warc/warcio-example-trunc.warc", in);
        resourceFile("/warc/resiliparse-CC-MAIN-2020-34-sample.warc.gz", in);
        String wh = tmp.resolve("wh").toString();
        assertEquals(0, cli("run", "--input", in.toString(), "--warehouse", wh, "--format", "warc").status());
        long rejects = Tables.read(SPARK, wh, Tables.REJECTS).count();
        assertTrue(rejects >= 2, "rejects: " + rejects);

        Result again = cli("run", "--input", in.toString(), "--warehouse", wh, "--format", "warc", "--reprocess");
        assertEquals(0, again.status(), again.out());
        assertTrue(again.out().contains("rejects          " + rejects), "the run still reports them: " + again.out());
        assertEquals(rejects, Tables.read(SPARK, wh, Tables.REJECTS).count());
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
