package org.newsgeo.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Test helper: runs a reader over a test resource or bytes and keeps every item plus per-kind counts. */
final class ReaderRun {
    final List<IngestItem> items = new ArrayList<>();
    final Map<String, Integer> counts = new TreeMap<>();

    static ReaderRun resource(String path, InputFormat format) {
        return bytes(path, load(path), format, ReaderOptions.defaults());
    }

    static ReaderRun bytes(String name, byte[] data, InputFormat format, ReaderOptions options) {
        ReaderRun run = new ReaderRun();
        try (RecordReader r = Readers.open(name, new ByteArrayInputStream(data), format, options)) {
            while (r.hasNext()) {
                IngestItem it = r.next();
                run.items.add(it);
                run.counts.merge(key(it), 1, Integer::sum);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return run;
    }

    static String key(IngestItem it) {
        return it.record() != null ? "records" : it.reject() != null ? "reject:" + it.reject().reason() : "skip:" + it.skipped();
    }

    List<SourceRecord> records() {
        return items.stream().filter(i -> i.record() != null).map(IngestItem::record).toList();
    }

    List<Reject> rejects() {
        return items.stream().filter(i -> i.reject() != null).map(IngestItem::reject).toList();
    }

    static byte[] load(String path) {
        try (InputStream in = ReaderRun.class.getResourceAsStream("/" + path)) {
            if (in == null) throw new IllegalStateException("missing test resource " + path);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
