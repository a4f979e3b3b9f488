package org.newsgeo.bench;

import org.newsgeo.ingest.IngestItem;
import org.newsgeo.ingest.InputFormat;
import org.newsgeo.ingest.ReaderOptions;
import org.newsgeo.ingest.RecordReader;
import org.newsgeo.ingest.Readers;

import java.io.FileInputStream;
import java.io.InputStream;
import java.util.Map;
import java.util.TreeMap;

/** Prints, per input file, how many records, skips by category and rejects by reason a reader yields. */
public final class IngestSummary {
    public static void main(String[] args) throws Exception {
        InputFormat fmt = InputFormat.AUTO;
        boolean verbose = false;
        for (String a : args) {
            if (a.startsWith("--format=")) { fmt = InputFormat.parse(a.substring(9)); continue; }
            if (a.equals("-v")) { verbose = true; continue; }
            System.out.println(a + " " + summarize(a, fmt, verbose));
        }
    }

    public static Map<String, Integer> summarize(String file, InputFormat fmt, boolean verbose) throws Exception {
        Map<String, Integer> counts = new TreeMap<>();
        try (InputStream in = new FileInputStream(file);
             RecordReader r = Readers.open(file, in, fmt, ReaderOptions.defaults())) {
            while (r.hasNext()) {
                IngestItem it = r.next();
                String key = it.record() != null ? "records" : it.reject() != null ? "reject:" + it.reject().reason()
                        : "skip:" + it.skipped();
                counts.merge(key, 1, Integer::sum);
                if (verbose && it.reject() != null) System.out.println("  " + it.reject());
                if (verbose && it.record() != null) System.out.println("  @" + it.record().sourceOffset + " "
                        + it.record().url + " " + it.record().crawlTime + " " + it.record().contentType);
            }
        }
        return counts;
    }
}
