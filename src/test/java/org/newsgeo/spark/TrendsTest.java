package org.newsgeo.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Trend tables over small crawls: counts per day, the `via` breakdown, pairs and the outlet matrix, and nightly
 * runs that rewrite only the days they touch.
 */
class TrendsTest extends SparkTestBase {

    @Test
    void dailyCountsViaPairsAndOutletCountries(@TempDir Path tmp) throws IOException {
        Path in = tmp.resolve("day.jsonl");
        Files.writeString(in,
                line("https://news.example.de/a", "Kenya and Germany signed a trade deal on Monday in Berlin.", "2024-05-06")
                        + line("https://news.example.co.uk/b", "Officials in Nairobi said the new border post opens soon.",
                        "2024-05-06")
                        + line("https://news.example.fr/c", "Germany said on Tuesday it would send more aid.", "2024-05-07"),
                StandardCharsets.UTF_8);
        String wh = tmp.resolve("wh").toString();
        assertEquals(0, cli("run", "--input", in.toString(), "--warehouse", wh).status());

        assertEquals("date,country_code,articles,articles_named,articles_via_places_only\n"
                        + "2024-05-06,DE,1,1,0\n2024-05-06,KE,2,1,1\n2024-05-07,DE,1,1,0\n",
                cli("sql", "--warehouse", wh, "--format", "csv", "select date, country_code, articles, articles_named, "
                        + "articles_via_places_only from country_daily order by date, country_code").out());
        assertEquals("date,country_a,country_b,articles\n2024-05-06,DE,KE,1\n",
                cli("sql", "--warehouse", wh, "--format", "csv",
                        "select date, country_a, country_b, articles from country_pairs_daily order by date, country_a").out());
        assertEquals("source_country,country_code,articles\nDE,DE,1\nDE,KE,1\nFR,DE,1\nGB,KE,1\n",
                cli("sql", "--warehouse", wh, "--format", "csv", "select source_country, country_code, articles "
                        + "from coverage_matrix_daily order by source_country, country_code").out());
    }

    @Test
    void aNightlyRunRewritesOnlyTheDaysItsArticlesFallOn(@TempDir Path tmp) throws IOException {
        String wh = tmp.resolve("wh").toString();
        Path first = tmp.resolve("first.jsonl");
        Files.writeString(first, line("https://news.example.de/a", "Kenya and Germany signed a trade deal.", "2024-05-06")
                + line("https://news.example.fr/c", "Germany said on Tuesday it would send more aid.", "2024-05-07"),
                StandardCharsets.UTF_8);
        assertEquals(0, cli("run", "--input", first.toString(), "--warehouse", wh).status());
        Path untouched = Path.of(wh, "country_daily", "date=2024-05-06");
        List<String> before = files(untouched);

        Path second = tmp.resolve("second.jsonl");
        Files.writeString(second, line("https://news.example.co.uk/d", "France and Kenya met in Nairobi.", "2024-05-07")
                + line("https://news.example.co.uk/e", "Germany voted.", "2024-05-08"), StandardCharsets.UTF_8);
        assertEquals(0, cli("run", "--input", second.toString(), "--warehouse", wh).status());
        assertEquals(before, files(untouched), "a day without new articles keeps its files");
        String query = "select date, country_code, articles, mentions, outlets, share_of_articles from country_daily "
                + "order by date, country_code";
        String nightly = cli("sql", "--warehouse", wh, "--format", "csv", query).out();
        assertEquals("date,country_code,articles,mentions,outlets,share_of_articles\n2024-05-06,DE,1,1,1,1.0\n"
                + "2024-05-06,KE,1,1,1,1.0\n2024-05-07,DE,1,1,1,0.5\n2024-05-07,FR,1,1,1,0.5\n"
                + "2024-05-07,KE,1,2,1,0.5\n2024-05-08,DE,1,1,1,1.0\n", nightly);

        // The same tables recomputed whole, after the mentions were: the next run redoes every day.
        assertEquals(0, cli("mentions", "--warehouse", wh).status());
        assertTrue(new RunLog(SPARK, wh).trendsOlderThanMentions());
        Path third = tmp.resolve("third.jsonl");
        Files.writeString(third, line("https://news.example.de/f", "Nothing of note.", "2024-05-09"), StandardCharsets.UTF_8);
        assertEquals(0, cli("run", "--input", third.toString(), "--warehouse", wh).status());
        assertFalse(new RunLog(SPARK, wh).trendsOlderThanMentions());
        assertNotEquals(before, files(untouched), "every day recomputed after the mentions were");
        assertEquals(nightly, cli("sql", "--warehouse", wh, "--format", "csv", query).out());
    }

    private static List<String> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".parquet")).sorted().toList();
        }
    }

    private static String line(String url, String text, String date) {
        return "{\"url\": \"" + url + "\", \"title\": \"News\", \"text\": \"" + text + "\", \"published\": \"" + date
                + "\", \"language\": \"en\"}\n";
    }
}
