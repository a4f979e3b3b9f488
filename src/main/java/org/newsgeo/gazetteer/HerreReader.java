package org.newsgeo.gazetteer;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * Herre's global leader ideologies (1945-2020): the head of government on 31 December of each year, with full
 * names. Consecutive years of one person become one spell; dates are year-only and yield to exact ones.
 */
final class HerreReader {
    private static final int LAST_YEAR = 2020;

    private HerreReader() {
    }

    static void read(Path sources, CowCodes cow, List<Spell> out) throws IOException {
        String cur = null, curCow = null, title = null;
        int first = 0, last = 0;
        for (var r : Csv.read(sources.resolve("herre-leader-ideologies/leaders-trimmed.csv"), ',')) {
            String hog = PersonNames.fromSource(r.get("hog"));
            int year = Integer.parseInt(r.get("year"));
            String c = r.get("country_code_cow");
            if (hog.equals(cur) && c.equals(curCow) && year == last + 1) {
                last = year;
                continue;
            }
            emit(cow, curCow, cur, title, first, last, out);
            cur = hog;
            curCow = c;
            title = r.get("hog_title");
            first = last = year;
        }
        emit(cow, curCow, cur, title, first, last, out);
    }

    private static void emit(CowCodes cow, String c, String name, String title, int first, int last, List<Spell> out) {
        if (name == null || name.isEmpty() || name.contains("Council") || name.equals("none")) return;
        String role = RoleTitles.role(title);
        if (role == null) return;
        LocalDate s = LocalDate.of(first, 1, 1), e = LocalDate.of(last, 12, 31);
        String cc = cow.iso(c, e);
        if (cc == null) return;
        out.add(new Spell("herre", cc, role, s, e, name, PersonNames.surname(name, cc), null, true, last == LAST_YEAR));
    }
}
