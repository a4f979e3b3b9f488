package org.newsgeo.gazetteer;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * Archigos 4.1 (Goemans, Gleditsch and Chiozza): the effective ruler of every state, exact dates, to 2015.
 * Names are mostly surnames. Spells still running at the end of 2015 end there; later sources extend them.
 */
final class ArchigosReader {
    private static final LocalDate FROM = LocalDate.of(1945, 1, 1);

    private ArchigosReader() {
    }

    static void read(Path sources, CowCodes cow, List<Spell> out) throws IOException {
        for (var r : Csv.read(sources.resolve("archigos-4.1/spells-1940.csv"), ',')) {
            LocalDate s = LocalDate.parse(r.get("startdate"));
            LocalDate e = LocalDate.parse(r.get("enddate"));
            if (e.isBefore(FROM)) continue;
            // The state at the spell's end: Gorbachev (to 1991-12-25) is Soviet, Yeltsin (from 1991) Russian.
            String cc = cow.iso(r.get("ccode"), e);
            if (cc == null) cc = cow.iso(r.get("ccode"), s);
            if (cc == null) continue;
            String name = PersonNames.fromSource(r.get("leader").replace('`', '\''));
            boolean full = name.contains(" ");
            out.add(new Spell("archigos", cc, Roles.EFFECTIVE_LEADER, s, e, full ? name : null,
                    PersonNames.surname(name, cc), null, false, r.get("exit").equals("Still in Office")));
        }
    }
}
