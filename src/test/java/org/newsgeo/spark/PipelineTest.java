package org.newsgeo.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher's code path (Main → Pipeline) on the shipped sample crawl: a real CC-NEWS-style WARC. */
class PipelineTest extends SparkTestBase {

    @Test
    void sampleCrawlBecomesArticlesOnceAndIsSkippedTheSecondTime(@TempDir Path tmp) {
        Path warc = resourceFile("/org/newsgeo/sample/newsgeo-sample.warc.gz", tmp);
        String wh = tmp.resolve("wh").toString();

        Result first = cli("run", "--input", warc.toString(), "--warehouse", wh);
        assertEquals(0, first.status(), first.out());
        assertTrue(first.out().contains("articles         31 new (0 duplicates dropped; 0 near-duplicates"), first.out());
        // mkwarc --noise adds an image, a PDF, a feed, a 404, a redirect and a metadata record.
        assertTrue(first.out().contains("status_not_found=1"), first.out());

        List<Row> articles = Tables.read(SPARK, wh, Tables.ARTICLES).collectAsList();
        assertEquals(31, articles.size());
        assertEquals(31, articles.stream().map(r -> r.getAs("article_id")).distinct().count());
        for (Row a : articles) {
            assertTrue(((String) a.getAs("body")).length() > 100, () -> "short body for " + a.getAs("url"));
            assertTrue(a.getAs("source_offset") instanceof Long);
            assertTrue(a.getAs("published_date") != null);
        }
        assertEquals(0, Tables.read(SPARK, wh, Tables.REJECTS).count());

        Result second = cli("run", "--input", warc.toString(), "--warehouse", wh);
        assertEquals(0, second.status());
        assertTrue(second.out().contains("(1 already in the warehouse, skipped)"), second.out());
        assertEquals(31, Tables.read(SPARK, wh, Tables.ARTICLES).count());

        Result sql = cli("sql", "--warehouse", wh, "--format", "json",
                "select language, count(*) AS n from articles group by language order by n desc");
        assertEquals(0, sql.status());
        // 29 German pages (two of them declare the blog default "en"), two English ones.
        assertTrue(sql.out().startsWith("{\"language\":\"de\",\"n\":29}\n{\"language\":\"en\",\"n\":2}"), sql.out());
    }

    @Test
    void reprocessReadsAgainButKeepsOneRowPerArticle(@TempDir Path tmp) {
        Path warc = resourceFile("/org/newsgeo/sample/newsgeo-sample.warc.gz", tmp);
        String wh = tmp.resolve("wh").toString();
        assertEquals(0, cli("extract", "--input", warc.toString(), "--warehouse", wh).status());
        Result again = cli("extract", "--input", warc.toString(), "--warehouse", wh, "--reprocess");
        assertTrue(again.out().contains("articles         0 new"), again.out());
        assertEquals(31, Tables.read(SPARK, wh, Tables.ARTICLES).count());
    }
}
