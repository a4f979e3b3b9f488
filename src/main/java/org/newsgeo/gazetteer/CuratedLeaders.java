package org.newsgeo.gazetteer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * Hand-curated spells (curated/leaders.tsv): leaders and foreign ministers 2021-2026 and the major
 * countries' foreign ministers since 2000, from public knowledge, each row with a source note. They win
 * over every data set when spells are reconciled. Columns: country, role, start, end (empty = in office),
 * fullname, surname (empty = derived), qid (optional), note.
 */
final class CuratedLeaders {
    private CuratedLeaders() {
    }

    static void read(Path curated, CountryCodes codes, List<Spell> out) throws IOException {
        for (String file : new String[]{"leaders.tsv", "foreign_ministers.tsv", "wikidata_leaders.tsv"}) {
            if (!Files.exists(curated.resolve(file))) continue;         // the Wikidata import is optional
            String source = file.startsWith("wikidata") ? "wikidata" : "curated";
            for (var r : Csv.read(curated.resolve(file), '\t')) {
                String cc = r.get("country");
                if (!codes.contains(cc)) throw new IOException(file + ": unknown country " + cc);
                if (!Roles.ORDER.contains(r.get("role"))) throw new IOException(file + ": unknown role " + r.get("role"));
                String name = r.get("fullname");
                String sur = r.getOrDefault("surname", "");
                String end = r.get("end");
                out.add(new Spell(source, cc, r.get("role"), LocalDate.parse(r.get("start")),
                        end.isEmpty() ? null : LocalDate.parse(end), name,
                        sur == null || sur.isEmpty() ? PersonNames.surname(name, cc) : sur,
                        emptyToNull(r.get("qid")), false, end.isEmpty()));
            }
        }
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
