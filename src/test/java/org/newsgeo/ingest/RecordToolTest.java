package org.newsgeo.ingest;

import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The record a (source_file, source_offset) pair names can be printed back. */
class RecordToolTest {
    @TempDir
    Path dir;

    private String print(Path file, long offset) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        RecordTool.print(file.toString(), offset, new Configuration(), new PrintStream(b, true, StandardCharsets.UTF_8));
        return b.toString(StandardCharsets.ISO_8859_1);
    }

    @Test
    void printsTheRecordAtAReaderOffset() throws IOException {
        Path f = dir.resolve("s.warc.gz");
        Files.write(f, ReaderRun.load("warc/resiliparse-CC-MAIN-2020-34-sample.warc.gz"));
        SourceRecord r = ReaderRun.resource("warc/resiliparse-CC-MAIN-2020-34-sample.warc.gz", InputFormat.WARC).records().get(1);
        String out = print(f, r.sourceOffset);
        assertTrue(out.startsWith("WARC/1.0\r\n"));
        assertTrue(out.contains("WARC-Target-URI: " + r.url));
        assertTrue(out.contains("HTTP/1.1 200"));
        assertTrue(out.contains("</html>"));
        assertTrue(!out.contains("WARC-Type: metadata"), "only the one record");
    }

    @Test
    void printsAJsonLineAndRefusesAWrongOffset() throws IOException {
        Path f = dir.resolve("a.jsonl");
        Files.writeString(f, "{\"text\":\"a\"}\n{\"text\":\"b\"}\n");
        assertTrue(print(f, 13).startsWith("{\"text\":\"b\"}"));
        Path w = dir.resolve("p.warc");
        Files.write(w, ReaderRun.load("warc/warcio-example-digest.warc"));
        assertThrows(IllegalArgumentException.class, () -> print(w, 5));
    }

    @Test
    void wholeFileGzipRecordsHaveDistinctOffsetsThatPrintBack() throws IOException {
        String name = "warc/warcio-example-bad-non-chunked.warc.gz"; // 6 records in one gzip member
        Path f = dir.resolve("whole.warc.gz");
        Files.write(f, ReaderRun.load(name));
        SourceRecord r = ReaderRun.resource(name, InputFormat.WARC).records().get(0);
        assertTrue(r.sourceOffset > 0);
        String out = print(f, r.sourceOffset);
        assertTrue(out.startsWith("WARC/1.0\r\n") && out.contains("WARC-Type: response"), out.substring(0, 40));
        assertTrue(out.contains("WARC-Target-URI: http://example.com/"));
    }
}
