package org.newsgeo.gazetteer;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Correlates of War state numbers (used by Archigos, REIGN and Herre) to ISO codes. Most come from the country
 * names Herre prints next to each number; curated/cow_codes.tsv fixes the rest and the codes that change
 * over time (365 is SU until 1991-12-25, then RU).
 */
final class CowCodes {
    private record Rule(String iso, LocalDate until) {
    }

    private final Map<String, List<Rule>> rules = new HashMap<>();

    static CowCodes build(Path sources, Path curated, CountryLookup lookup) throws IOException {
        CowCodes c = new CowCodes();
        for (var row : Csv.read(curated.resolve("cow_codes.tsv"), '\t')) {
            String until = row.get("until");
            c.rules.computeIfAbsent(row.get("cow"), k -> new ArrayList<>())
                    .add(new Rule(row.get("iso2"), until.isEmpty() ? null : LocalDate.parse(until)));
        }
        for (var row : Csv.read(sources.resolve("herre-leader-ideologies/leaders-trimmed.csv"), ',')) {
            String cow = row.get("country_code_cow");
            if (c.rules.containsKey(cow)) continue;
            String iso = lookup.find(row.get("country_name"));
            if (iso != null) c.rules.put(cow, List.of(new Rule(iso, null)));
        }
        return c;
    }

    /** The ISO code of a COW state on a day, or null when unknown. */
    String iso(String cow, LocalDate day) {
        List<Rule> l = rules.get(cow);
        if (l == null) return null;
        for (Rule r : l) if (r.until == null || day.isBefore(r.until)) return r.iso;
        return null;
    }
}
