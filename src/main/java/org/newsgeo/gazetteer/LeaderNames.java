package org.newsgeo.gazetteer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The names of leaders: every full name the sources give (kind "fullname"), the surname alone (kind "surname",
 * which the matcher accepts only with context), and curated forms in other languages and scripts
 * (curated/leader_names.tsv: country, person = a full name of the leader, lang, kind, text, note).
 */
final class LeaderNames {
    private LeaderNames() {
    }

    static void add(List<Person> persons, Path curated, NameTable out) throws IOException {
        // Full names first, then a unique surname in the country, so that rows still apply when a source is left out.
        Map<String, Person> byName = new HashMap<>();
        Map<String, List<Person>> bySurname = new HashMap<>();
        for (Person p : persons) {
            bySurname.computeIfAbsent(p.country + "|" + PersonNames.key(p.surname), k -> new java.util.ArrayList<>()).add(p);
            for (String n : p.fullNames) byName.putIfAbsent(p.country + "|" + PersonNames.key(n), p);
            boolean hasMixedCase = p.fullNames.stream().anyMatch(n -> !n.equals(PersonNames.titleCase(n)));
            for (String n : p.fullNames) {
                // Title-cased CountryInfo capitals ("Mcdonald") only when no source spells the name properly.
                if (hasMixedCase && n.equals(PersonNames.titleCase(n)) && isFromCountryInfoOnly(p, n)) continue;
                if (n.contains(",")) continue;                   // Archigos' "Gandhi, I." is no name to match
                out.addData(n, "*", "fullname", "leader", p.id, p.country);
            }
            out.addData(p.surname, "*", "surname", "leader", p.id, p.country);
        }
        for (var r : Csv.read(curated.resolve("leader_names.tsv"), '\t')) {
            Person p = byName.get(r.get("country") + "|" + PersonNames.key(r.get("person")));
            if (p == null) {                                     // a source with the full name may be left out
                List<Person> same = bySurname.getOrDefault(r.get("country") + "|"
                        + PersonNames.key(PersonNames.surname(r.get("person"), r.get("country"))), List.of());
                if (same.size() == 1) p = same.get(0);
            }
            if (p == null) {                                     // reported, not fatal: optional sources may be out
                System.err.println("leader_names.tsv: no leader " + r.get("person") + " in " + r.get("country"));
                continue;
            }
            for (String text : r.get("text").split("\\|")) {
                out.addCurated(text, r.get("lang"), r.get("kind"), "leader", p.id, p.country, false);
            }
        }
    }

    private static boolean isFromCountryInfoOnly(Person p, String name) {
        return p.spells.stream().filter(s -> name.equals(s.fullName())).allMatch(s -> s.source().equals("countryinfo"));
    }

    static Map<String, String> canonical(List<Person> persons) {
        Map<String, String> m = new HashMap<>();
        for (Person p : persons) m.put(p.id, p.name());
        return m;
    }
}
