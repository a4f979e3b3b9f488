package org.newsgeo.spark;

import java.io.IOException;
import java.time.Instant;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.newsgeo.extract.Article;
import org.newsgeo.extract.ArticleExtractor;
import org.newsgeo.extract.ExtractException;
import org.newsgeo.ingest.IngestItem;
import org.newsgeo.ingest.InputFormat;
import org.newsgeo.ingest.ReaderOptions;
import org.newsgeo.ingest.RecordReader;
import org.newsgeo.ingest.Readers;
import org.newsgeo.ingest.Reject;

/**
 * Streams one input file into outcome rows — an article, a reject or a skipped record each — so that a
 * task never holds more than one record. Nothing a record does can stop the file: unexpected errors in
 * extraction become rejects too.
 */
final class FileOutcomes implements Iterator<Row> {
    static final String ARTICLE = "article";
    static final String REJECT = "reject";
    static final String SKIP = "skip";

    static StructType schema() {
        return new StructType()
                .add("kind", DataTypes.StringType, false)
                .add("article", Tables.schema(Tables.ARTICLES))
                .add("reject", Tables.schema(Tables.REJECTS))
                .add("skipped", DataTypes.StringType);
    }

    private final String file;
    private final String run;
    private final ArticleExtractor extractor;
    private RecordReader reader;
    private Row next;
    private Row pending;

    FileOutcomes(String file, InputFormat format, ReaderOptions options, Configuration conf,
                 ArticleExtractor extractor, String run) {
        this.file = file;
        this.run = run;
        this.extractor = extractor;
        try {
            Path p = new Path(file);
            FileSystem fs = p.getFileSystem(conf);
            // A file's modification time stands in for the crawl time of formats that carry none (html, text).
            Instant modified = Instant.ofEpochMilli(fs.getFileStatus(p).getModificationTime());
            reader = Readers.open(file, fs.open(p), format.resolve(p.getName()), options, modified);
        } catch (IOException | RuntimeException e) {
            pending = reject(Reject.ingest(file, 0, null, "unreadable_file", e.toString()));
        }
    }

    @Override
    public boolean hasNext() {
        if (next != null) return true;
        if (pending != null) {
            next = pending;
            pending = null;
            return true;
        }
        if (reader == null) return false;
        IngestItem item;
        try {
            if (!reader.hasNext()) {
                close();
                return false;
            }
            item = reader.next();
        } catch (RuntimeException e) {
            // A reader gives up on a file only when it cannot go on; keep what was read, say why it stopped.
            next = reject(Reject.ingest(file, -1, null, "read_error", e.toString()));
            close();
            return true;
        }
        next = outcome(item);
        return true;
    }

    @Override
    public Row next() {
        if (!hasNext()) throw new NoSuchElementException();
        Row r = next;
        next = null;
        return r;
    }

    private Row outcome(IngestItem item) {
        if (item.skipped() != null) return RowFactory.create(SKIP, null, null, item.skipped());
        if (item.reject() != null) return reject(item.reject());
        try {
            Article a = extractor.extract(item.record());
            return RowFactory.create(ARTICLE, Rows.article(a, run), null, null);
        } catch (ExtractException e) {
            return reject(Reject.extract(item.record(), e.reason(), e.getMessage()));
        } catch (RuntimeException | StackOverflowError e) {
            return reject(Reject.extract(item.record(), "extract_error", e.toString()));
        }
    }

    private Row reject(Reject r) {
        return RowFactory.create(REJECT, null, Rows.reject(r, run), null);
    }

    private void close() {
        try {
            reader.close();
        } catch (IOException ignored) {
            // the records are read; a failing close loses nothing
        }
        reader = null;
    }
}
