package org.newsgeo.gazetteer;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * CountryInfo (Schrodt 2012, CC BY-SA 3.0, from rulers.org): heads of state and of government separately,
 * exact dates, to 2011. Names are capitals without diacritics, so they only fill in where nothing better exists.
 */
final class CountryInfoReader {
    private static final LocalDate DATA_DATE = LocalDate.of(2011, 12, 31);

    private CountryInfoReader() {
    }

    static void read(Path sources, CountryCodes codes, List<Spell> out) throws IOException {
        Path file = sources.resolve("ccbysa-countryinfo/CountryInfo.120116.leaders.tsv");
        if (!java.nio.file.Files.exists(file)) return;  // optional: delete the folder for a build without CC BY-SA data
        for (var r : Csv.read(file, '\t')) {
            // The derived table's iso2 column has slips (Israel IS, Guinea PG, Myanmar MZ); alpha-3 is reliable.
            String cc = codes.byAlpha3.getOrDefault(r.get("iso3"), r.get("iso2"));
            String role = RoleTitles.role(r.get("position"));
            if (role == null || !codes.contains(cc) || r.get("start_yyyymmdd").length() != 8) continue;
            LocalDate s = date(r.get("start_yyyymmdd"));
            String end = r.get("end_yyyymmdd");
            LocalDate e = end.length() == 8 ? date(end) : DATA_DATE;
            if (e.getYear() < 1945 || s == null || e == null) continue;
            cc = formerState(cc, r.get("position"), s, e);
            String name = PersonNames.titleCase(PersonNames.fromSource(r.get("name")));
            if (name.isEmpty()) continue;
            out.add(new Spell("countryinfo", cc, role, s, e, name.contains(" ") ? name : null,
                    PersonNames.surname(name, cc), null, false, end.length() != 8));
        }
    }

    /**
     * CountryInfo files Soviet, Yugoslav and East German leaders under the successor state. Spells that ended
     * before the former state did belong to it (Yeltsin, in office across 1991, stays with RU); GDR offices
     * are told apart from West German ones by their titles.
     */
    static String formerState(String cc, String position, LocalDate start, LocalDate end) {
        if (cc.equals("RU") && end.isBefore(LocalDate.of(1991, 12, 27))) return "SU";
        if (cc.equals("RS") && end.isBefore(LocalDate.of(2006, 6, 4))) return "YU";
        String p = position.toLowerCase(java.util.Locale.ROOT);
        if (cc.equals("DE") && end.isBefore(LocalDate.of(1990, 10, 4))
                && (p.contains("council of state") || p.contains("council of ministers"))) return "DD";
        return cc;
    }

    private static LocalDate date(String yyyymmdd) {
        try {
            int y = Integer.parseInt(yyyymmdd.substring(0, 4));
            int m = Math.max(1, Integer.parseInt(yyyymmdd.substring(4, 6)));
            int d = Math.max(1, Integer.parseInt(yyyymmdd.substring(6, 8)));
            return LocalDate.of(y, m, d);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
