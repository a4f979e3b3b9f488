package org.newsgeo.gazetteer;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * REIGN (Bell, Besaw and Frank, One Earth Future): effective leaders to March 2021. Start dates are exact,
 * end dates are months (taken as the month's last day); spells running in March 2021 end there.
 */
final class ReignReader {
    private static final LocalDate DATA_DATE = LocalDate.of(2021, 3, 31);

    private ReignReader() {
    }

    static void read(Path sources, CowCodes cow, List<Spell> out) throws IOException {
        for (var r : Csv.read(sources.resolve("reign/leaderlist_3_21.csv"), ',')) {
            try {
                int sy = Integer.parseInt(r.get("syear"));
                LocalDate s = LocalDate.of(sy, Integer.parseInt(r.get("smonth")), Integer.parseInt(r.get("sdate")));
                boolean open = r.get("eyear").isEmpty();
                LocalDate e = open ? DATA_DATE
                        : YearMonth.of(Integer.parseInt(r.get("eyear")), Integer.parseInt(r.get("emonth"))).atEndOfMonth();
                if (e.getYear() < 1945) continue;
                String cc = cow.iso(r.get("ccode"), e);              // the state at the spell's end, as Archigos
                if (cc == null) continue;
                String name = PersonNames.fromSource(r.get("leader"));
                out.add(new Spell("reign", cc, Roles.EFFECTIVE_LEADER, s, e, name.contains(" ") ? name : null,
                        PersonNames.surname(name, cc), null, false, open));
            } catch (RuntimeException bad) {
                // a few rows lack dates; they carry nothing the other sources lack
            }
        }
    }
}
