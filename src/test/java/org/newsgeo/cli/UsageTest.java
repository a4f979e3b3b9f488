package org.newsgeo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgeo.spark.SparkTestBase;

/** Bad usage exits with status 2 before any work is done. */
class UsageTest extends SparkTestBase {

    @Test
    void unknownCommandOrOption() {
        assertEquals(2, Main.execute("frobnicate"));
        assertEquals(2, Main.execute("run", "--no-such-option"));
        assertEquals(2, Main.execute());
    }

    @Test
    void unknownFormat(@TempDir Path tmp) {
        assertEquals(2, Main.execute("run", "--input", tmp.toString(), "--format", "pdf", "--warehouse",
                tmp.resolve("wh").toString()));
        assertEquals(2, Main.execute("sql", "--warehouse", tmp.toString(), "--format", "xml", "select 1"));
    }

    @Test
    void missingInputOrWarehouse(@TempDir Path tmp) {
        assertEquals(2, Main.execute("extract", "--input", tmp.resolve("nope.warc.gz").toString(),
                "--warehouse", tmp.resolve("wh").toString()));
        assertEquals(2, Main.execute("sql", "--warehouse", tmp.resolve("none").toString(), "select 1"));
    }

    @Test
    void badQuery(@TempDir Path tmp) {
        assertEquals(2, Main.execute("sql", "--warehouse", tmp.toString(), "select nothing from nowhere"));
    }

    @Test
    void helpIsNotAnError() {
        assertEquals(0, Main.execute("--help"));
        assertEquals(0, Main.execute("run", "--help"));
        assertEquals(0, Main.execute("sql", "--help"));
    }
}
