package org.newsgeo.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same page crawled twice, the same text under two URLs, and a near-copy: one story each. */
class DeduplicationTest extends SparkTestBase {

    @Test
    void sameUrlsInTwoCrawlFilesGiveOneArticleEach(@TempDir Path tmp) throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Path first = resourceFile("/org/newsgeo/sample/newsgeo-sample.warc.gz", in);
        Files.copy(first, in.resolve("recrawl.warc.gz"));
        String wh = tmp.resolve("wh").toString();
        Result r = cli("extract", "--input", in.toString(), "--warehouse", wh);
        assertTrue(r.out().contains("articles         31 new (31 duplicates dropped"), r.out());
        assertEquals(31, Tables.read(SPARK, wh, Tables.ARTICLES).select("url").distinct().count());
    }

    @Test
    void sameTextUnderTwoUrlsIsOneArticleAndANearCopyStaysOutOfTrends(@TempDir Path tmp) throws IOException {
        String story = "Officials in Kenya and Tanzania met in Nairobi on Monday to agree on a new border crossing. "
                + "The ministers said trade between Kenya and Tanzania had doubled in five years, and that the new "
                + "post would open next spring. Uganda sent observers to the talks, which lasted two days. "
                + "Truck drivers have complained for years about waits of up to a week at the old crossing, where "
                + "customs checks are done twice. The new post will let officers of both countries work in one "
                + "building, a model already used on the border between Kenya and Uganda at Busia. Business groups "
                + "in Mombasa welcomed the plan but asked for the road on the Tanzanian side to be finished first. "
                + "The East African Community has pushed its members to remove such barriers since 2010, with "
                + "mixed results, and a summit of its heads of state is due in Arusha in June.";
        // The same story as another site prints it: with its own follow/newsletter footer.
        String nearCopy = story + " Follow us on X and sign up for our daily newsletter.";
        Path in = tmp.resolve("in.jsonl");
        Files.writeString(in, line("https://a.example/story", story, "2024-05-06")
                + line("https://b.example/syndicated", story, "2024-05-06")
                + line("https://c.example/copy", nearCopy, "2024-05-06"), StandardCharsets.UTF_8);
        String wh = tmp.resolve("wh").toString();
        Result r = cli("run", "--input", in.toString(), "--warehouse", wh);
        assertEquals(0, r.status(), r.out());
        assertTrue(r.out().contains("articles         2 new (1 duplicates dropped; 1 near-duplicates"), r.out());

        List<Row> copies = Tables.read(SPARK, wh, Tables.ARTICLES).filter("near_duplicate_of IS NOT NULL").collectAsList();
        assertEquals(1, copies.size());
        assertEquals("https://c.example/copy", copies.get(0).getAs("url"));
        Result kenya = cli("sql", "--warehouse", wh, "--format", "csv",
                "select articles from country_daily where country_code = 'KE'");
        assertEquals("articles\n1\n", kenya.out());
    }

    private static String line(String url, String text, String date) {
        return "{\"url\": \"" + url + "\", \"title\": \"Border talks\", \"text\": \"" + text + "\", \"published\": \""
                + date + "\", \"language\": \"en\"}\n";
    }
}
