package org.newsgeo.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Trend tables over a small two-day crawl: counts per day, the `via` breakdown, pairs and the outlet matrix. */
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

    private static String line(String url, String text, String date) {
        return "{\"url\": \"" + url + "\", \"title\": \"News\", \"text\": \"" + text + "\", \"published\": \"" + date
                + "\", \"language\": \"en\"}\n";
    }
}
