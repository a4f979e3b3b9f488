package org.newsgeo.bench;

import java.io.FileInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.newsgeo.extract.Article;
import org.newsgeo.extract.ArticleExtractor;
import org.newsgeo.ingest.IngestItem;
import org.newsgeo.ingest.InputFormat;
import org.newsgeo.ingest.ReaderOptions;
import org.newsgeo.ingest.RecordReader;
import org.newsgeo.ingest.Readers;
import org.newsgeo.ingest.SourceRecord;
import org.newsgeo.mentions.MentionFinder;

/**
 * Per-stage speed of what one Spark task does with a crawl file, on one core and without Spark: read
 * records, extract articles (parse, body, metadata, language), find mentions. Usage: ExtractThroughput
 * FILE.warc.gz [rounds]. The first round warms the JVM (and loads Lingua's models and the gazetteer).
 */
public final class ExtractThroughput {
    /** Where extraction time goes: decode, parse, metadata, body, language, one pass each. */
    static void stages(List<SourceRecord> records) {
        var meta = new org.newsgeo.extract.meta.MetadataExtractor();
        var body = new org.newsgeo.extract.body.BodyExtractor();
        var lang = org.newsgeo.extract.lang.LanguageDetector.shared();
        for (int round = 0; round < 2; round++) {
            long decode = 0, parse = 0, m = 0, b = 0, l = 0;
            for (SourceRecord r : records) {
                long t = System.nanoTime();
                String html = org.newsgeo.ingest.Charsets.decode(r.payload, r.contentType);
                long t2 = System.nanoTime();
                var doc = org.jsoup.Jsoup.parse(html, r.url);
                long t3 = System.nanoTime();
                // As ArticleExtractor does it: the body is scored once and the metadata reuse its main block.
                var content = body.content(doc);
                String text = body.write(content);
                long t4 = System.nanoTime();
                var md = meta.extract(doc, r.url, null, content.first());
                long t5 = System.nanoTime();
                lang.detect(md.title, text, md.declaredLanguage);
                long t6 = System.nanoTime();
                decode += t2 - t; parse += t3 - t2; b += t4 - t3; m += t5 - t4; l += t6 - t5;
            }
            System.out.printf("stages (s): decode %.2f parse %.2f metadata %.2f body %.2f language %.2f%n",
                    decode / 1e9, parse / 1e9, m / 1e9, b / 1e9, l / 1e9);
        }
    }

    public static void main(String[] args) throws Exception {
        String file = args[0];
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        long t0 = System.nanoTime();
        List<SourceRecord> records = new ArrayList<>();
        long bytes = 0;
        try (InputStream in = new FileInputStream(file);
             RecordReader r = Readers.open(file, in, InputFormat.WARC, ReaderOptions.defaults())) {
            while (r.hasNext()) {
                IngestItem item = r.next();
                if (item.record() != null) {
                    records.add(item.record());
                    bytes += item.record().payload == null ? 0 : item.record().payload.length;
                }
            }
        }
        double readS = (System.nanoTime() - t0) / 1e9;
        System.out.printf("read: %d HTML records, %.1f MB of payload in %.2f s (%.0f records/s)%n",
                records.size(), bytes / 1e6, readS, records.size() / readS);
        long t1 = System.nanoTime();
        MentionFinder finder = MentionFinder.shared();
        ArticleExtractor extractor = new ArticleExtractor();
        System.out.printf("start-up: gazetteer + matcher %.2f s%n", (System.nanoTime() - t1) / 1e9);
        stages(records);
        for (int round = 1; round <= rounds; round++) {
            List<Article> articles = new ArrayList<>();
            long e0 = System.nanoTime();
            for (SourceRecord rec : records) {
                try {
                    articles.add(extractor.extract(rec));
                } catch (Exception e) {
                    // rejects are counted by the pipeline; here only speed matters
                }
            }
            double extractS = (System.nanoTime() - e0) / 1e9;
            long m0 = System.nanoTime();
            long chars = 0;
            long mentions = 0;
            for (Article a : articles) {
                chars += a.body.length() + (a.title == null ? 0 : a.title.length());
                mentions += finder.find(a.title, a.body, a.language,
                        a.publishedDate).size();
            }
            double mentionS = (System.nanoTime() - m0) / 1e9;
            System.out.printf("round %d: extract %d articles in %.2f s (%.0f pages/s, %.1f MB/s of HTML); "
                            + "mentions %d in %.2f s (%.1f MB/s of text)%n", round, articles.size(), extractS,
                    records.size() / extractS, bytes / 1e6 / extractS, mentions, mentionS, chars * 2 / 1e6 / mentionS);
        }
    }
}
