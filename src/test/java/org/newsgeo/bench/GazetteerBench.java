package org.newsgeo.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.newsgeo.gazetteer.Gazetteer;
import org.newsgeo.gazetteer.NameEntry;
import org.newsgeo.gazetteer.Term;

/**
 * Measures the gazetteer: artifact load time, and name recall on GeoWebNews (every gold toponym resolved by its
 * annotators to a country or a capital: is its surface form a name of that country?), and the seed's leaders.
 * Usage: GazetteerBench SHARED_DIR [SOURCES_DIR]
 */
public final class GazetteerBench {
    public static void main(String[] args) throws IOException {
        Path shared = Path.of(args.length > 0 ? args[0] : "../shared");
        Path sources = Path.of(args.length > 1 ? args[1] : "src/gazetteer");
        long t0 = System.nanoTime();
        Gazetteer g = Gazetteer.get();
        System.out.printf(Locale.ROOT, "load: %.2f s (%d names, %d leaders)%n", (System.nanoTime() - t0) / 1e9,
                g.names().size(), g.leaderIds().size());

        Map<String, Set<String>> formsByCountry = new HashMap<>();
        for (NameEntry e : g.names()) {
            if (e.entityType().equals("country")) {
                formsByCountry.computeIfAbsent(e.entityId(), k -> new HashSet<>()).add(e.text().toLowerCase(Locale.ROOT));
            }
        }
        Map<String, String> countryIds = tsv(shared.resolve("gazetteer/places/geonames_country_ids.tsv"), 0, 1);
        Map<String, String> capitalIds = tsv(sources.resolve("sources/geonames-capitals/capitals_multilingual_geonames.tsv"), 2, 0);
        geoWebNews(shared.resolve("corpora/mentions/geowebnews/brat"), countryIds, capitalIds, formsByCountry);
        seed(shared.resolve("seed/expected.json"), g);
    }

    private static void geoWebNews(Path brat, Map<String, String> countryIds, Map<String, String> capitalIds,
                                   Map<String, Set<String>> forms) throws IOException {
        int[] country = new int[2], capital = new int[2];
        Map<String, Integer> misses = new TreeMap<>();
        List<Path> files;
        try (Stream<Path> s = Files.list(brat)) {
            files = s.filter(p -> p.toString().endsWith(".ann")).sorted().toList();
        }
        for (Path f : files) {
            Map<String, String> surface = new HashMap<>();
            for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                String[] p = line.split("\t");
                if (line.startsWith("T") && p.length >= 3) surface.put(p[0], p[2]);
                if (!line.startsWith("#") || p.length < 3) continue;
                String text = surface.get(p[1].substring(p[1].indexOf(' ') + 1));
                if (text == null) continue;
                String cc = countryIds.get(p[2]);
                int[] counter = country;
                if (cc == null) {
                    cc = capitalIds.get(p[2]);
                    counter = capital;
                }
                if (cc == null) continue;
                counter[0]++;
                if (forms.getOrDefault(cc, Set.of()).contains(text.toLowerCase(Locale.ROOT))) counter[1]++;
                else misses.merge(text + "->" + cc, 1, Integer::sum);
            }
        }
        System.out.printf(Locale.ROOT, "GeoWebNews country toponyms: %d/%d named (%.1f%%)%n", country[1], country[0],
                100.0 * country[1] / Math.max(1, country[0]));
        System.out.printf(Locale.ROOT, "GeoWebNews capital toponyms: %d/%d named (%.1f%%)%n", capital[1], capital[0],
                100.0 * capital[1] / Math.max(1, capital[0]));
        System.out.println("misses: " + misses);
    }

    private static void seed(Path expected, Gazetteer g) throws IOException {
        String json = Files.readString(expected, StandardCharsets.UTF_8);
        LocalDate day = LocalDate.parse(json.replaceAll("(?s).*\"published_local\": \"(\\d{4}-\\d\\d-\\d\\d).*", "$1"));
        Matcher m = Pattern.compile("\\{\"name\": \"([^\"]+)\", \"country\": \"(\\w+)\", \"role\": \"(\\w+)\"").matcher(json);
        int ok = 0, n = 0;
        List<String> wrong = new ArrayList<>();
        while (m.find()) {
            n++;
            String name = m.group(1), cc = m.group(2), role = m.group(3);
            Term hit = null;
            for (NameEntry e : g.names()) {
                if (e.entityType().equals("leader") && e.countryCode().equals(cc) && e.text().equals(name)) {
                    hit = g.termOn(e.entityId(), day);
                    if (hit != null) break;
                }
            }
            if (hit != null && hit.role().equals(role)) ok++;
            else wrong.add(name + " got " + (hit == null ? "none" : hit.role()));
        }
        System.out.printf("seed leaders (%s): %d/%d with the expected role in office %s%n", day, ok, n, wrong);
    }

    private static Map<String, String> tsv(Path file, int keyCol, int valueCol) throws IOException {
        Map<String, String> m = new HashMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.startsWith("#")) continue;
            String[] p = line.split("\t");
            if (p.length > Math.max(keyCol, valueCol)) m.putIfAbsent(p[keyCol], p[valueCol]);
        }
        return m;
    }
}
