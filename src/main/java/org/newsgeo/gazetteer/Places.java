package org.newsgeo.gazetteer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The places layer: GeoNames cities of 15,000+ (primary name for all, names in other languages for
 * cities of 100,000+), GeoNames first-level regions with their localized names, and curated places the
 * news names often (curated/places.tsv). A name that is a country name or alias is no place name:
 * countries keep precedence, so those forms are skipped here.
 */
final class Places {
    static final long MULTILINGUAL_MIN = 100_000;
    // Scripts without spaces match inside any word: only big cities' names there, or they fire everywhere.
    static final long UNSPACED_MIN = 1_000_000;
    private static final Set<String> UNSPACED = Set.of("zh", "ja", "th", "lo", "km", "my");
    // Generic endings of GeoNames region names; the bare name is how the press writes them.
    private static final String[] SUFFIXES = {" Autonomous Region", " Autonomous Okrug", " Province", " Region",
            " Oblast", " oblast", " Governorate", " Prefecture", " Voivodeship", " Department", " Krai", " Emirate",
            " Municipality", " District", " County", " State", " Territory"};

    private Places() {
    }

    /** Adds place names to out and returns the places, sorted by id. */
    static List<Place> add(Path sources, Path curated, Set<String> langs, CountryCodes codes,
                           List<NameEntry> countryNames, NameTable out) throws IOException {
        Path dir = sources.resolve("geonames-places");
        Set<String> countryForms = new HashSet<>();
        for (NameEntry e : countryNames) {
            if (!"capital".equals(e.kind()) && !"demonym".equals(e.kind())) countryForms.add(key(e.text()));
        }
        Set<String> stop = new HashSet<>();
        for (var row : Csv.read(curated.resolve("place_stopwords.tsv"), '\t')) stop.add(key(row.get("text")));
        Map<String, Place> places = new TreeMap<>();
        Map<String, Long> regionPop = new HashMap<>();
        Map<String, Long> cityPop = new HashMap<>();
        for (var r : Csv.read(dir.resolve("cities15000.tsv"), '\t')) {
            String cc = r.get("cc");
            if (!codes.contains(cc)) continue;
            String id = "geonames:" + r.get("geonameid");
            long pop = Long.parseLong(r.get("population"));
            String admin1 = "admin1:" + cc + "." + r.get("admin1code");
            places.put(id, new Place(id, r.get("name"), cc, "city", pop, admin1, false));
            cityPop.put(id, pop);
            regionPop.merge(admin1, pop, Long::sum);
            name(out, r.get("name"), "*", places.get(id), countryForms, stop);
        }
        for (var r : Csv.read(dir.resolve("city_names_100k.tsv"), '\t')) {
            Place p = places.get("geonames:" + r.get("geonameid"));
            String lang = Languages.base(r.get("locale"));
            if (p == null || !langs.contains(lang)) continue;
            if (UNSPACED.contains(lang) && p.population() < UNSPACED_MIN) continue;
            name(out, r.get("name"), lang, p, countryForms, stop);
        }
        for (var r : Csv.read(dir.resolve("admin1_names.tsv"), '\t')) {
            String cc = r.get("cc");
            String code = r.get("admin1code");
            if (!codes.contains(cc) || code.equals("00")) continue;
            String id = "admin1:" + cc + "." + code;
            String lang = Languages.base(r.get("locale"));
            boolean en = lang.equals("en");
            if (!en && !langs.contains(lang)) continue;
            if (UNSPACED.contains(lang) && !homeOf(lang, cc)) continue;
            Place p = places.computeIfAbsent(id, k -> new Place(k, "", cc, "region", regionPop.getOrDefault(k, 0L), "", false));
            if (en && p.name().isEmpty()) {
                p = new Place(id, r.get("name"), cc, "region", p.population(), "", false);
                places.put(id, p);
            }
            String text = r.get("name");
            name(out, text, en ? "*" : lang, p, countryForms, stop);
            String bare = bare(text);
            if (bare != null) name(out, bare, en ? "*" : lang, p, countryForms, stop);
        }
        for (var r : Csv.read(curated.resolve("places.tsv"), '\t')) {
            String cc = r.get("country");
            if (!codes.contains(cc)) throw new IOException("places.tsv: unknown code " + cc);
            String[] forms = r.get("names").split("\\|");
            if (r.get("slug").startsWith("geonames:")) {          // more names of a GeoNames place
                Place p = places.get(r.get("slug"));
                if (p == null) throw new IOException("places.tsv: unknown place " + r.get("slug"));
                for (String f : forms) out.addCurated(f, r.get("lang"), p.kind(), "place", p.id(), p.country(), false);
                continue;
            }
            String id = "place:" + r.get("slug");
            Place p = new Place(id, forms[0], cc, r.get("kind"), Long.parseLong(r.get("population")), "",
                    "1".equals(r.get("disputed")));
            places.put(id, p);
            for (String f : forms) out.addCurated(f, r.get("lang"), p.kind(), "place", id, cc, false);
        }
        return new ArrayList<>(places.values());
    }

    private static void name(NameTable out, String text, String lang, Place p, Set<String> countryForms, Set<String> stop) {
        if (text == null || countryForms.contains(key(text))) return;
        // Curated common words (Nice, Split, Of, Reading) stay in, flagged: they need "CITY, Region" or a dateline.
        boolean common = stop.contains(key(text));
        if (common) out.addCurated(text, lang, p.kind(), "place", p.id(), p.country(), true);
        else out.addData(text, lang, p.kind(), "place", p.id(), p.country());
    }

    // Regions written in Chinese or Japanese: only those of the language's own countries (short forms
    // of far-away regions are common words there).
    private static boolean homeOf(String lang, String cc) {
        return switch (lang) {
            case "zh" -> cc.equals("CN") || cc.equals("TW") || cc.equals("HK") || cc.equals("MO");
            case "ja" -> cc.equals("JP");
            default -> false;
        };
    }

    static String bare(String name) {
        for (String s : SUFFIXES) {
            if (name.endsWith(s)) {
                String b = name.substring(0, name.length() - s.length()).strip();
                return b.length() >= 4 ? b : null;
            }
        }
        return null;
    }

    private static String key(String text) {
        return text.strip().toLowerCase(Locale.ROOT);
    }
}
