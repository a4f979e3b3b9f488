package org.newsgeo.ingest;

import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** --input expansion on the local file system through Hadoop's FileSystem API. */
class InputPathsTest {
    private final Configuration conf = new Configuration();

    @TempDir
    Path dir;

    private Path touch(String rel) throws IOException {
        Path p = dir.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, rel);
        return p;
    }

    private static List<String> names(List<String> paths) {
        return paths.stream().map(s -> s.substring(s.indexOf("/crawl/") + 7)).toList();
    }

    @Test
    void directoriesRecurseAndSkipHiddenAndUnderscoreEntries() throws IOException {
        touch("crawl/b/2.warc.gz");
        touch("crawl/a.warc.gz");
        touch("crawl/_SUCCESS");
        touch("crawl/.a.warc.gz.crc");
        touch("crawl/_tmp/x.warc.gz");
        touch("crawl/.hidden/y.warc.gz");
        List<String> got = InputPaths.resolve(List.of(dir.resolve("crawl").toString()), null, conf);
        assertEquals(List.of("a.warc.gz", "b/2.warc.gz"), names(got));
        assertTrue(got.get(0).startsWith("file:"));
    }

    @Test
    void globsAndPlainFilesWithoutDuplicates() throws IOException {
        Path a = touch("crawl/a.warc.gz");
        touch("crawl/b.wet.gz");
        touch("crawl/c.warc.gz");
        List<String> got = InputPaths.resolve(List.of(a.toString(), dir.resolve("crawl/*.warc.gz").toString()), null, conf);
        assertEquals(List.of("a.warc.gz", "c.warc.gz"), names(got));
    }

    @Test
    void listingFilesPlainAndGzipResolveRelativeEntries() throws IOException {
        touch("crawl/x/1.warc.gz");
        touch("crawl/x/2.warc.gz");
        Files.writeString(dir.resolve("crawl/warc.paths"), "x/1.warc.gz\n\n# comment\n" + dir.resolve("crawl/x/2.warc.gz") + "\n");
        assertEquals(List.of("x/1.warc.gz", "x/2.warc.gz"),
                names(InputPaths.resolve(List.of("@" + dir.resolve("crawl/warc.paths")), null, conf)));
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(dir.resolve("crawl/warc.paths.gz")))) {
            o.write("crawl-data/CC-NEWS/2024/01/CC-NEWS-1.warc.gz\n".getBytes(StandardCharsets.UTF_8));
        }
        assertEquals(List.of("s3a://commoncrawl/crawl-data/CC-NEWS/2024/01/CC-NEWS-1.warc.gz"),
                InputPaths.resolve(List.of("@" + dir.resolve("crawl/warc.paths.gz")), "s3a://commoncrawl/", conf));
    }

    @Test
    void badUsageIsOneLineIllegalArgument() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> InputPaths.resolve(List.of(dir.resolve("nope.warc.gz").toString()), null, conf));
        assertTrue(e.getMessage().startsWith("input not found: "), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> InputPaths.resolve(List.of(dir.resolve("*.none").toString()), null, conf));
        assertThrows(IllegalArgumentException.class,
                () -> InputPaths.resolve(List.of("@" + dir.resolve("missing.paths")), null, conf));
        assertThrows(IllegalArgumentException.class, () -> InputPaths.resolve(List.of(), null, conf));
    }

    @Test
    void openReturnsTheRawBytes() throws IOException {
        Path a = touch("crawl/a.txt");
        try (InputStream in = InputPaths.open(a.toString(), conf)) {
            assertArrayEquals(Files.readAllBytes(a), in.readAllBytes());
        }
    }
}
