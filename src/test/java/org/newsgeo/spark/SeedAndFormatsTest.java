package org.newsgeo.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Text, JSON Lines and damaged WARC inputs through the whole pipeline, as the launcher runs it. */
class SeedAndFormatsTest extends SparkTestBase {

    @Test
    void seedArticleComesOutAsExpected(@TempDir Path tmp) throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        resourceFile("/seed/000_f4c58d0a6c39779f.txt", in);
        String wh = tmp.resolve("wh").toString();
        assertEquals(0, cli("run", "--input", in.toString(), "--warehouse", wh, "--format", "text").status());

        Row a = Tables.read(SPARK, wh, Tables.ARTICLES).collectAsList().get(0);
        assertEquals("Presiden Belarusia Sekutu Dekat Putin Kunjungi Tiongkok Pekan Depan", a.getAs("title"));
        assertEquals("id", a.getAs("language"));
        assertEquals("2023-02-25", a.getAs("published_date").toString());
        assertEquals("Beijing", a.getAs("dateline"));

        List<Row> mentions = Tables.read(SPARK, wh, Tables.MENTIONS).collectAsList();
        Set<String> countries = new TreeSet<>();
        Map<String, String> leaders = new TreeMap<>();
        for (Row m : mentions) {
            if ("country".equals(m.getAs("entity_type"))) countries.add(m.getAs("country_code"));
            if ("leader".equals(m.getAs("entity_type"))) {
                assertTrue((Boolean) m.getAs("in_office"), () -> m.toString());
                leaders.put(m.getAs("entity_name"), m.getAs("country_code") + " " + m.getAs("role"));
            }
        }
        assertEquals(Set.of("BY", "CN", "RU", "UA", "UZ"), countries);
        assertEquals(5, leaders.size(), leaders.toString());
        assertTrue(leaders.containsValue("CN foreign_minister"), leaders.toString());
        assertTrue(leaders.containsValue("BY foreign_minister"), leaders.toString());

        // The story is Lukashenko's visit to China: Belarus leads the focus countries, China follows.
        Result focus = cli("sql", "--warehouse", wh, "--format", "csv",
                "select rank, country_code from article_focus order by rank limit 2");
        assertEquals("rank,country_code\n1,BY\n2,CN\n", focus.out());

        Result top = cli("sql", "--warehouse", wh, "--format", "csv",
                "select country_code, articles from country_daily where date = '2023-02-25' order by country_code");
        assertEquals("country_code,articles\nBY,1\nCN,1\nRU,1\nUA,1\nUZ,1\n", top.out());
    }

    @Test
    void jsonLinesBodyIsVerbatimSoOffsetsPointIntoIt(@TempDir Path tmp) throws IOException {
        String body = "Talks in Geneva: Germany and France met Ukrainian officials.\nRussia said nothing.";
        String line = "{\"url\": \"https://example.org/a\", \"title\": \"Talks\", \"maintext\": \""
                + body.replace("\n", "\\n") + "\", \"date_publish\": \"2024-03-01 10:00:00\", \"language\": \"en\"}\n"
                + "{not json}\n";
        Path in = tmp.resolve("in.jsonl");
        Files.writeString(in, line, StandardCharsets.UTF_8);
        String wh = tmp.resolve("wh").toString();
        assertEquals(0, cli("run", "--input", in.toString(), "--warehouse", wh).status());

        Row a = Tables.read(SPARK, wh, Tables.ARTICLES).collectAsList().get(0);
        assertEquals(body, a.getAs("body"));
        assertEquals("2024-03-01", a.getAs("published_date").toString());
        Set<String> codes = new HashSet<>();
        for (Row m : Tables.read(SPARK, wh, Tables.MENTIONS).collectAsList()) {
            int s = m.getAs("start");
            int e = m.getAs("end");
            String field = "title".equals(m.getAs("field")) ? a.getAs("title") : body;
            assertEquals(field.substring(s, e), m.getAs("surface"));
            if ("country".equals(m.getAs("entity_type"))) codes.add(m.getAs("country_code"));
        }
        assertEquals(Set.of("DE", "FR", "UA", "RU"), codes);
        List<Row> rejects = Tables.read(SPARK, wh, Tables.REJECTS).collectAsList();
        assertEquals(1, rejects.size());
        assertEquals("bad_json", rejects.get(0).getAs("reason"));
    }

    @Test
    void damagedCrawlFilesNeverFailTheJob(@TempDir Path tmp) throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        for (String f : List.of("warcio-example-trunc.warc", "warcio-example-wrong-chunks.warc.gz",
                "resiliparse-clipped-ccnews-2016-10-houstonpress.TRUNCATED.warc.gz",
                "resiliparse-CC-MAIN-2020-34-sample.warc.gz", "stormcrawler-CC-MAIN-2016-50-unparsable-date.warc.gz")) {
            resourceFile("/warc/" + f, in);
        }
        String wh = tmp.resolve("wh").toString();
        Result r = cli("run", "--input", in.toString(), "--warehouse", wh, "--format", "warc");
        assertEquals(0, r.status(), r.out());
        // The CC-MAIN sample has 16 HTML responses: each is an article or a reject (link lists without text).
        long fromSample = Tables.read(SPARK, wh, Tables.ARTICLES).filter("source_file like '%CC-MAIN-2020-34%'").count();
        List<Row> rejects = Tables.read(SPARK, wh, Tables.REJECTS).collectAsList();
        long noText = rejects.stream().filter(x -> "no_text".equals(x.getAs("reason"))
                && ((String) x.getAs("source_file")).contains("CC-MAIN-2020-34")).count();
        assertEquals(16, fromSample + noText);
        assertTrue(fromSample >= 12, "articles from the CC-MAIN sample: " + fromSample);
        assertTrue(rejects.stream().anyMatch(x -> ((String) x.getAs("source_file")).endsWith("warcio-example-trunc.warc")),
                "the truncated WARC gives a reject");
        // Legacy charsets decode: the windows-1251 page has Cyrillic, not mojibake, in its title.
        List<Row> ru = Tables.read(SPARK, wh, Tables.ARTICLES).filter("url like '%01spb.ru%'").collectAsList();
        assertEquals(1, ru.size());
        assertTrue(((String) ru.get(0).getAs("title")).contains("О компании"), ru.get(0).getAs("title").toString());
    }
}
