package org.newsgeo.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.newsgeo.extract.body.BodyExtractor;

/** Robustness sweep: extracts every .htm(l)[.gz] under a directory; prints failures and the slowest page. */
public final class ExtractAll {
    public static void main(String[] args) throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.walk(Path.of(args[0]))) {
            files = s.filter(p -> p.toString().matches(".*\\.html?(\\.gz)?$")).sorted().toList();
        }
        BodyExtractor ex = new BodyExtractor();
        int ok = 0, empty = 0, failed = 0;
        long slowest = 0;
        Path slow = null;
        for (Path f : files) {
            try {
                var doc = BenchIo.parse(BenchIo.gunzip(f), "http://example.com/");
                long t = System.nanoTime();
                String body = ex.extract(doc);
                long ns = System.nanoTime() - t;
                if (ns > slowest) { slowest = ns; slow = f; }
                if (body.isBlank()) { empty++; System.out.println("EMPTY " + f); }
                ok++;
            } catch (Exception | StackOverflowError e) {
                failed++;
                System.out.println("FAILED " + f + ": " + e);
            }
        }
        System.out.printf("%d pages: %d extracted (%d empty), %d failed; slowest %.1f ms (%s)%n",
                files.size(), ok, empty, failed, slowest / 1e6, slow);
    }
}
