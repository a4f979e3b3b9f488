package org.newsgeo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;

/** Exit codes and output of the gazetteer subcommands. */
class GazetteerCommandTest {

    private static String run(int expectedExit, String... args) {
        PrintStream old = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            assertEquals(expectedExit, new CommandLine(new GazetteerCommand()).execute(args));
        } finally {
            System.setOut(old);
        }
        return buf.toString(StandardCharsets.UTF_8);
    }

    @Test
    void lookupShowsTheRoleOnTheDate() {
        String out = run(0, "lookup", "Lukashenko", "--date", "2023-02-25");
        assertTrue(out.contains("head_of_state of BY since 1994-07-20"), out);
        assertTrue(run(0, "lookup", "Tiongkok").contains("country CN"));
    }

    @Test
    void statsReportCoverage() {
        String out = run(0, "stats");
        assertTrue(out.contains("languages: "), out);
    }

    @Test
    void badUsageIsExitTwo() {
        run(2, "lookup", "Putin", "--date", "25.02.2023");
        run(2);
        run(2, "build", "--sources", "/nonexistent");
        run(2, "frobnicate");
    }
}
