package org.newsgeo.bench;

import org.newsgeo.ingest.IngestItem;
import org.newsgeo.ingest.InputFormat;
import org.newsgeo.ingest.ReaderOptions;
import org.newsgeo.ingest.RecordReader;
import org.newsgeo.ingest.Readers;

import java.io.BufferedInputStream;
import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;

/**
 * Throughput of the WARC reader against plain decompression of the same file, in one run:
 * `gzip -dc > /dev/null` (the floor any reader of a gzipped WARC pays), Java's own GZIPInputStream,
 * and Readers.open(...) yielding every item. Usage: IngestBenchmark FILE.warc.gz [rounds]
 */
public final class IngestBenchmark {
    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: IngestBenchmark FILE.warc.gz [rounds]");
            System.exit(2);
        }
        File file = new File(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        double mb = file.length() / 1e6;
        long plainBytes = javaGunzip(file); // also warms the page cache
        System.out.printf("file %s: %.1f MB gzipped, %.1f MB uncompressed%n", file.getName(), mb, plainBytes / 1e6);

        for (int round = 1; round <= rounds; round++) {
            double gz = seconds(() -> gzipCli(file));
            double jz = seconds(() -> javaGunzip(file));
            Map<String, Integer> counts = new TreeMap<>();
            long[] payload = new long[1];
            double rd = seconds(() -> readAll(file, counts, payload));
            int items = counts.values().stream().mapToInt(Integer::intValue).sum();
            int records = counts.getOrDefault("records", 0);
            System.out.printf("round %d: gzip -dc %.2f s (%.0f MB/s) | java gunzip %.2f s (%.0f MB/s) | reader %.2f s: "
                            + "%.0f WARC records/s, %.0f articles/s, %.0f MB/s gzipped, %.0f MB/s uncompressed, %.2fx gzip -dc time%n",
                    round, gz, mb / gz, jz, mb / jz, rd, items / rd, records / rd, mb / rd, plainBytes / 1e6 / rd, rd / gz);
            if (round == rounds) System.out.println("items " + counts + ", article payload " + payload[0] / 1_000_000 + " MB");
        }
    }

    interface Job { void run() throws Exception; }

    private static double seconds(Job j) throws Exception {
        long t = System.nanoTime();
        j.run();
        return (System.nanoTime() - t) / 1e9;
    }

    private static void gzipCli(File f) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("gzip", "-dc", f.getPath())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectErrorStream(false).start();
        if (p.waitFor() != 0) throw new IOException("gzip -dc failed");
    }

    private static long javaGunzip(File f) throws IOException {
        long n = 0;
        byte[] buf = new byte[1 << 16];
        try (InputStream in = new GZIPInputStream(new BufferedInputStream(new FileInputStream(f), 1 << 16), 1 << 16)) {
            int r;
            while ((r = in.read(buf)) > 0) n += r;
        }
        return n;
    }

    private static void readAll(File f, Map<String, Integer> counts, long[] payload) throws IOException {
        try (RecordReader r = Readers.open(f.getPath(), new FileInputStream(f), InputFormat.WARC, ReaderOptions.defaults())) {
            while (r.hasNext()) {
                IngestItem it = r.next();
                String k = it.record() != null ? "records" : it.reject() != null ? "reject:" + it.reject().reason() : "skip:" + it.skipped();
                counts.merge(k, 1, Integer::sum);
                if (it.record() != null) payload[0] += it.record().payload.length;
            }
        }
    }
}
