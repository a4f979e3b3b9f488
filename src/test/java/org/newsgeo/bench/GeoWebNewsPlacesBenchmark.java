package org.newsgeo.bench;

import org.newsgeo.gazetteer.Gazetteer;
import org.newsgeo.mentions.FocusCountries;
import org.newsgeo.mentions.Mention;
import org.newsgeo.mentions.MentionFinder;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * City and region mentions on GeoWebNews: precision and recall of place mentions resolved to the right
 * country, and document-level focus-country accuracy with and without the places layer.
 *
 * <p>Gold places: toponyms of the literal, metonymic, mixed, modifier and embedded types whose GeoNames id
 * is not a country, mapped to a country with cities15000.tsv (admin1 ids are not in the staged tables,
 * so region toponyms cannot be scored; predictions on them are counted as unscored). A predicted place
 * (entity_type place: city, region, dateline, capital) is a TP when it overlaps a not yet matched gold
 * place span of the same country; it is unscored when it overlaps only gold toponyms of unknown country
 * or a country span; else FP. Gold focus country: the most frequent country among the article's gold
 * toponyms (countries and mapped places; ties all count).
 *
 * <p>Usage: GeoWebNewsPlacesBenchmark BRAT_DIR GEONAMES_COUNTRY_IDS_TSV CITIES15000_TSV. GeoWebNews is GPL:
 * read here, never copied.
 */
public final class GeoWebNewsPlacesBenchmark {
    static final Set<String> TYPES = Set.of("Literal", "Literal_Modifier", "Non_Literal_Modifier", "Metonymic",
            "Mixed", "Embedded_Literal", "Embedded_Non_Lit");
    static final Set<String> NEW_KINDS = Set.of("city", "region", "dateline");

    record Gold(int start, int end, String code, boolean place) {
        boolean overlaps(Mention m) {
            return start < m.end && m.start < end;
        }
    }

    public static void main(String[] args) throws IOException {
        Path brat = Path.of(args[0]);
        Map<String, String> countries = GeoWebNewsBenchmark.readCountryIds(Path.of(args[1]));
        countries.putAll(GeoWebNewsBenchmark.CITY_STATES);
        Map<String, String> cities = readCities(Path.of(args[2]));
        List<GeoWebNewsBenchmark.Doc> docs = new ArrayList<>();
        GeoWebNewsBenchmark.load(brat, countries, docs, new HashMap<>(), new HashMap<>());
        MentionFinder finder = new MentionFinder(Gazetteer.get());

        int tp = 0, fp = 0, unscored = 0, goldPlaces = 0;
        int[] focus = new int[3];                      // docs with gold focus, right with places, right without
        Map<String, int[]> byKind = new TreeMap<>();   // match kind -> {TP, FP}
        List<String> fps = new ArrayList<>();
        List<String> fns = new ArrayList<>();
        for (GeoWebNewsBenchmark.Doc d : docs) {
            List<Gold> gold = gold(brat.resolve(d.name().replace(".txt", ".ann")), d, countries, cities);
            List<Gold> todo = new ArrayList<>(gold.stream().filter(x -> x.place && x.code != null).toList());
            goldPlaces += todo.size();
            List<Mention> ms = finder.find(d.title(), d.body(), "en", d.date());
            for (Mention m : ms) {
                if (!"place".equals(m.entityType) || !"body".equals(m.field)) continue;
                Gold hit = todo.stream().filter(x -> x.overlaps(m) && x.code.equals(m.countryCode)).findFirst().orElse(null);
                int[] k = byKind.computeIfAbsent(m.matchKind, x -> new int[2]);
                if (hit != null) {
                    todo.remove(hit);
                    tp++;
                    k[0]++;
                } else if (gold.stream().anyMatch(x -> x.overlaps(m) && (x.code == null || !x.place))) {
                    unscored++;
                } else {
                    fp++;
                    k[1]++;
                    fps.add(d.name() + ": " + m.countryCode + " " + m.matchKind + " '" + m.surface + "' …" + context(d.body(), m.start, m.end));
                }
            }
            for (Gold x : todo) fns.add(d.name() + ": " + x.code + " '" + d.body().substring(x.start, x.end) + "' …"
                    + context(d.body(), x.start, x.end));
            Set<String> want = topCountries(gold);
            if (want.isEmpty()) continue;
            focus[0]++;
            List<String> with = FocusCountries.rank(ms, 1);
            List<String> without = FocusCountries.rank(ms.stream().filter(m -> !NEW_KINDS.contains(m.matchKind)).toList(), 1);
            if (!with.isEmpty() && want.contains(with.get(0))) focus[1]++;
            if (!without.isEmpty() && want.contains(without.get(0))) focus[2]++;
        }
        int n = Integer.getInteger("examples", 25);
        System.out.println("FP examples (" + fp + "):");
        fps.stream().limit(n).forEach(x -> System.out.println("  " + x));
        System.out.println("FN examples (" + fns.size() + "):");
        fns.stream().limit(n).forEach(x -> System.out.println("  " + x));
        StringBuilder kinds = new StringBuilder();
        byKind.forEach((k, v) -> kinds.append(String.format(" %s %d TP/%d FP", k, v[0], v[1])));
        System.out.println("by match_kind:" + kinds);
        double p = tp + fp == 0 ? 0 : tp / (double) (tp + fp);
        double r = goldPlaces == 0 ? 0 : tp / (double) goldPlaces;
        System.out.printf("geowebnews dev place mentions (right country): P %.3f R %.3f F1 %.3f (TP %d FP %d "
                + "unscored %d; gold city spans %d)%n", p, r, p + r == 0 ? 0 : 2 * p * r / (p + r), tp, fp, unscored, goldPlaces);
        System.out.printf("focus country top-1 accuracy: with places %.3f, without %.3f (%d docs)%n",
                focus[1] / (double) focus[0], focus[2] / (double) focus[0], focus[0]);
        datelines(finder);
    }

    private static void datelines(MentionFinder finder) {
        String[] bodies = {"DAYTON, Ohio, April 8 (Reuters) - A gunman opened fire in a crowded bar district.",
                "KHARKIV, Ukraine — Russian missiles hit the city centre overnight.",
                "PARIS, Texas, April 8 - Storms knocked out power across the county.",
                "MOSCOW (Reuters) - The Kremlin said on Monday talks would resume."};
        for (String b : bodies) {
            Mention d = finder.find(null, b, "en", LocalDate.of(2019, 8, 4)).stream()
                    .filter(m -> "dateline".equals(m.matchKind)).findFirst().orElse(null);
            System.out.println("dateline check: " + b.substring(0, b.indexOf(' ', 12)) + " -> "
                    + (d == null ? "none" : d.entityName + " " + d.countryCode + " (" + d.entityId + ")"));
        }
    }

    private static Set<String> topCountries(List<Gold> gold) {
        Map<String, Integer> n = new HashMap<>();
        for (Gold x : gold) if (x.code != null) n.merge(x.code, 1, Integer::sum);
        int max = n.values().stream().max(Integer::compare).orElse(0);
        Set<String> top = new java.util.HashSet<>();
        n.forEach((k, v) -> {
            if (v == max) top.add(k);
        });
        return top;
    }

    private static List<Gold> gold(Path ann, GeoWebNewsBenchmark.Doc d, Map<String, String> countries,
                                   Map<String, String> cities) throws IOException {
        int bodyAt = Files.readString(Path.of(ann.toString().replace(".ann", ".txt")), StandardCharsets.UTF_8)
                .indexOf('\n') + 1;
        Map<String, String[]> spans = new HashMap<>();
        Map<String, String> notes = new HashMap<>();
        for (String line : Files.readAllLines(ann)) {
            String[] f = line.split("\t", -1);
            if (f[0].startsWith("T")) spans.put(f[0], f[1].split(" "));
            else if (f[0].startsWith("#")) notes.put(f[1].split(" ")[1], f[2].strip());
        }
        List<Gold> out = new ArrayList<>();
        for (var e : spans.entrySet()) {
            String[] v = e.getValue();
            if (!TYPES.contains(v[0]) || v.length < 3) continue;
            int s = Integer.parseInt(v[1]) - bodyAt, en = Integer.parseInt(v[2]) - bodyAt;
            if (s < 0 || en > d.body().length()) continue;
            String id = notes.getOrDefault(e.getKey(), "");
            String country = countries.get(id);
            if (country != null) out.add(new Gold(s, en, country, false));
            else out.add(new Gold(s, en, cities.get(id), true));
        }
        return out;
    }

    private static Map<String, String> readCities(Path tsv) throws IOException {
        Map<String, String> m = new HashMap<>();
        for (String line : Files.readAllLines(tsv)) {
            String[] f = line.split("\t");
            if (f.length > 4) m.put(f[0], f[4]);
        }
        return m;
    }

    private static String context(String body, int s, int e) {
        return body.substring(Math.max(0, s - 30), Math.min(body.length(), e + 30)).replace('\n', ' ') + "…";
    }
}
