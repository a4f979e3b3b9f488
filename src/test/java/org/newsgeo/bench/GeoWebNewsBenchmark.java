package org.newsgeo.bench;

import org.newsgeo.gazetteer.Gazetteer;
import org.newsgeo.mentions.Mention;
import org.newsgeo.mentions.MentionFinder;


import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Country mentions on GeoWebNews (brat), scored exactly like shared/checks/lib/mentions_geowebnews.py:
 * input from the .txt (title line, body after it), gold = country-type toponyms with a GeoNames country
 * id (plus the listed nationality demonyms), body only, overlap matching per article in offset order,
 * HISTORIC codes mapped to successors, GB on England/Scotland/Wales/N. Ireland neutral. Speed is
 * {@link MatchSpeedBenchmark}'s.
 *
 * <p>Usage: GeoWebNewsBenchmark BRAT_DIR GEONAMES_COUNTRY_IDS_TSV. GeoWebNews is GPL: read here, never copied.
 */
public final class GeoWebNewsBenchmark {
    static final Set<String> COUNTRY_TYPES = Set.of("Literal", "Literal_Modifier", "Non_Literal_Modifier",
            "Metonymic", "Mixed", "Embedded_Literal", "Embedded_Non_Lit", "Demonym");
    static final Map<String, String> DEMONYMS = Map.ofEntries(Map.entry("american", "US"),
            Map.entry("americans", "US"), Map.entry("british", "GB"), Map.entry("canadian", "CA"),
            Map.entry("canadians", "CA"), Map.entry("chinese", "CN"), Map.entry("egyptian", "EG"),
            Map.entry("egyptians", "EG"), Map.entry("emirati", "AE"), Map.entry("emiratis", "AE"),
            Map.entry("filipinos", "PH"), Map.entry("indians", "IN"), Map.entry("mexicans", "MX"),
            Map.entry("nigerian", "NG"), Map.entry("nigerians", "NG"), Map.entry("russians", "RU"),
            Map.entry("saudi", "SA"), Map.entry("saudis", "SA"), Map.entry("south africans", "ZA"),
            Map.entry("south koreans", "KR"), Map.entry("venezuelans", "VE"));
    static final Map<String, String> CITY_STATES = Map.of("1880252", "SG");
    static final Set<String> UK_PARTS = Set.of("6269131", "2638360", "2634895", "2641364");
    static final Map<String, String> HISTORIC = Map.of("SU", "RU", "DD", "DE", "YU", "RS");
    static final String DEFAULT_DATE = "2018-04-05";

    record Doc(String name, String title, String body, LocalDate date) {
    }

    record Span(int start, int end, String code, String type) {
        boolean overlaps(int s, int e) {
            return start < e && s < end;
        }
    }

    public static void main(String[] args) throws IOException {
        Path brat = Path.of(args[0]);
        Map<String, String> countries = readCountryIds(Path.of(args[1]));
        countries.putAll(CITY_STATES);
        List<Doc> docs = new ArrayList<>();
        Map<String, List<Span>> gold = new HashMap<>();
        Map<String, List<Span>> neutral = new HashMap<>();
        load(brat, countries, docs, gold, neutral);

        long t0 = System.nanoTime();
        Gazetteer g = Gazetteer.get();
        MentionFinder finder = new MentionFinder(g);
        System.out.printf("gazetteer %d names; automaton built in %.2f s%n", g.names().size(), (System.nanoTime() - t0) / 1e9);

        int tp = 0, fp = 0, fn = 0, ignored = 0, badOffsets = 0;
        int[] inNameCounts = new int[2];           // names inside organisation names: {TP, not TP}
        Map<String, int[]> byType = new TreeMap<>();
        List<String> fpExamples = new ArrayList<>();
        List<String> fnExamples = new ArrayList<>();
        for (Doc d : docs) {
            List<Mention> ms = finder.find(d.title, d.body, "en", d.date);
            Set<List<Object>> preds = new HashSet<>();
            Set<List<Object>> inName = new HashSet<>();
            for (Mention m : ms) {
                if (!"country".equals(m.entityType) || !"body".equals(m.field)) continue;
                if (!d.body.substring(m.start, m.end).equals(m.surface)) badOffsets++;
                String code = m.countryCode == null ? "" : m.countryCode.toUpperCase();
                preds.add(List.of(m.start, m.end, HISTORIC.getOrDefault(code, code)));
                if ("in_name".equals(m.matchKind)) inName.add(List.of(m.start, m.end, HISTORIC.getOrDefault(code, code)));
            }
            List<List<Object>> sorted = new ArrayList<>(preds);
            sorted.sort(Comparator.<List<Object>>comparingInt(p -> (Integer) p.get(0))
                    .thenComparingInt(p -> (Integer) p.get(1)).thenComparing(p -> (String) p.get(2)));
            List<Span> todo = new ArrayList<>(gold.get(d.name));
            for (Span s : todo) byType.computeIfAbsent(s.type, k -> new int[2])[1]++;
            for (List<Object> p : sorted) {
                int s = (Integer) p.get(0), e = (Integer) p.get(1);
                String code = (String) p.get(2);
                Span hit = todo.stream().filter(x -> x.overlaps(s, e) && x.code.equals(code)).findFirst().orElse(null);
                if (inName.contains(p)) inNameCounts[hit != null ? 0 : 1]++;
                if (hit != null) {
                    todo.remove(hit);
                    tp++;
                    byType.get(hit.type)[0]++;
                } else if (code.equals("GB") && neutral.get(d.name).stream().anyMatch(x -> x.overlaps(s, e))) {
                    ignored++;
                } else {
                    fp++;
                    fpExamples.add(d.name + ": " + code + " '" + d.body.substring(s, e) + "' …"
                            + context(d.body, s, e));
                }
            }
            fn += todo.size();
            for (Span x : todo) fnExamples.add(d.name + ": " + x.code + " " + x.type + " '"
                    + d.body.substring(x.start, x.end) + "' …" + context(d.body, x.start, x.end));
        }
        double p = tp + fp == 0 ? 0 : tp / (double) (tp + fp);
        double r = tp + fn == 0 ? 0 : tp / (double) (tp + fn);
        double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
        System.out.println("FP examples (" + fp + "):");
        fpExamples.stream().limit(Integer.getInteger("examples", 40)).forEach(x -> System.out.println("  " + x));
        System.out.println("FN examples (" + fn + "):");
        fnExamples.stream().limit(Integer.getInteger("examples", 40)).forEach(x -> System.out.println("  " + x));
        StringBuilder types = new StringBuilder();
        byType.forEach((k, v) -> types.append(String.format(" %s %d/%d", k, v[0], v[1])));
        System.out.println("recall by gold type:" + types);
        System.out.printf("offsets not matching the surface %d; GB on UK parts ignored %d%n", badOffsets, ignored);
        System.out.printf("spans: TP %d FP %d FN %d; of the predictions, match_kind in_name: %d TP, %d not%n",
                tp, fp, fn, inNameCounts[0], inNameCounts[1]);
        System.out.printf("geowebnews dev country mentions P %.3f R %.3f F1 %.3f (docs %d)%n", p, r, f1, docs.size());
        System.out.println("speed: see src/bench/matchspeed.sh (the same articles, timed once the JIT has settled)");
    }

    private static String context(String body, int s, int e) {
        return body.substring(Math.max(0, s - 30), Math.min(body.length(), e + 30)).replace('\n', ' ') + "…";
    }

    static Map<String, String> readCountryIds(Path tsv) throws IOException {
        Map<String, String> m = new HashMap<>();
        boolean header = true;
        for (String line : Files.readAllLines(tsv)) {
            if (line.startsWith("#")) continue;
            if (header) {
                header = false;
                continue;
            }
            String[] f = line.split("\t");
            if (f.length >= 2) m.put(f[0], f[1]);
        }
        return m;
    }

    static void load(Path brat, Map<String, String> countries, List<Doc> docs, Map<String, List<Span>> gold,
                     Map<String, List<Span>> neutral) throws IOException {
        List<Path> txts;
        try (Stream<Path> s = Files.list(brat)) {
            txts = s.filter(p -> p.toString().endsWith(".txt")).sorted(Comparator.comparingInt(
                    p -> Integer.parseInt(p.getFileName().toString().replace(".txt", "")))).toList();
        }
        Pattern date = Pattern.compile("(20[12]\\d)[/-]?([01]\\d)[/-]?([0-3]\\d)");
        for (Path txt : txts) {
            String raw = Files.readString(txt, StandardCharsets.UTF_8);
            int nl = raw.indexOf('\n');
            String first = nl < 0 ? raw : raw.substring(0, nl);
            int link = first.lastIndexOf(" LINK: ");
            String url = first.substring(link + 7).strip();
            int bodyAt = first.length() + 1;
            String name = txt.getFileName().toString();
            docs.add(new Doc(name, first.substring(7, link), raw.substring(Math.min(bodyAt, raw.length())), pubdate(url, date)));
            Map<String, String[]> spans = new HashMap<>();
            Map<String, String> notes = new HashMap<>();
            for (String line : Files.readAllLines(Path.of(txt.toString().replace(".txt", ".ann")))) {
                String[] f = line.split("\t", -1);
                if (f[0].startsWith("T")) {
                    String[] t = f[1].split(" ");
                    spans.put(f[0], new String[] {t[0], t[1], t[2], f[2]});
                } else if (f[0].startsWith("#")) {
                    notes.put(f[1].split(" ")[1], f[2].strip());
                }
            }
            List<Span> gl = new ArrayList<>();
            List<Span> nt = new ArrayList<>();
            for (Map.Entry<String, String[]> e : spans.entrySet()) {
                String[] v = e.getValue();
                int s = Integer.parseInt(v[1]), en = Integer.parseInt(v[2]);
                if (s < bodyAt) continue;
                String gid = notes.getOrDefault(e.getKey(), "");
                if (UK_PARTS.contains(gid)) nt.add(new Span(s - bodyAt, en - bodyAt, null, null));
                if (COUNTRY_TYPES.contains(v[0])) {
                    String code = countries.get(gid);
                    if (code == null && v[0].equals("Demonym")) code = DEMONYMS.get(v[3].toLowerCase());
                    if (code != null) gl.add(new Span(s - bodyAt, en - bodyAt, code, v[0]));
                }
            }
            gold.put(name, gl);
            neutral.put(name, nt);
        }
    }

    private static LocalDate pubdate(String url, Pattern p) {
        Matcher m = p.matcher(url);
        try {
            if (m.find()) return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)));
        } catch (RuntimeException e) {
            // invalid date in the URL: fall through to the default
        }
        return LocalDate.parse(DEFAULT_DATE);
    }
}
