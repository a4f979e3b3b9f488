package org.newsgeo.gazetteer;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * EveryPolitician's Wikidata exports (CC0): heads of state and government in office 2021-22 (years only) and
 * the foreign ministers in office around January 2023 (exact start dates). These carry Wikidata QIDs, which
 * become the leaders' ids.
 */
final class EveryPoliticianReader {
    private EveryPoliticianReader() {
    }

    static void read(Path sources, CountryLookup countries, List<Spell> out) throws IOException {
        Path dir = sources.resolve("everypolitician-wikidata");
        for (var r : Csv.read(dir.resolve("world-leaders-2021_data_wikidata.csv"), ',')) {
            String cc = countries.find(r.get("country"));
            String role = RoleTitles.role(r.get("positionLabel"));
            String name = PersonNames.fromSource(r.get("officeholderLabel"));
            if (cc == null || role == null || name.isEmpty() || r.get("start_year").isEmpty()) continue;
            if (name.matches("Q\\d+")) continue;                         // no English label in Wikidata
            LocalDate s = LocalDate.of(Integer.parseInt(r.get("start_year")), 1, 1);
            boolean open = r.get("end_year").isEmpty();
            LocalDate e = open ? null : LocalDate.of(Integer.parseInt(r.get("end_year")), 12, 31);
            out.add(new Spell("everypolitician", cc, role, s, e, name, PersonNames.surname(name, cc),
                    r.get("officeholder"), true, open));
        }
        for (var r : Csv.read(dir.resolve("world_sources_foreign_wikidata.csv"), ',')) {
            String cc = countries.find(r.get("countryLabel"));
            String name = PersonNames.fromSource(r.get("name"));
            if (cc == null || name.isEmpty() || r.get("start").length() < 10 || name.matches("Q\\d+")) continue;
            LocalDate s = LocalDate.parse(r.get("start").substring(0, 10));
            out.add(new Spell("everypolitician", cc, Roles.FOREIGN_MINISTER, s, null, name,
                    PersonNames.surname(name, cc), r.get("person"), false, true));
        }
    }
}
