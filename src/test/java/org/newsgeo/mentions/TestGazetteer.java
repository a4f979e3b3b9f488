package org.newsgeo.mentions;

import com.ibm.icu.util.ULocale;
import org.newsgeo.gazetteer.Gazetteer;
import org.newsgeo.gazetteer.NameEntry;
import org.newsgeo.gazetteer.Term;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A small gazetteer for tests: country names in many languages from CLDR (through ICU4J), plus the
 * few aliases, demonyms, capitals and leaders (with their real terms) the test sentences need.
 */
final class TestGazetteer {
    static final String[] LANGS = {"en", "id", "zh", "ru", "ar", "es", "de", "fr", "pt", "pl", "uk", "fa",
            "ja", "tr", "cs", "fi", "ko", "it"};

    private final List<NameEntry> names = new ArrayList<>();
    private final Map<String, String> countries = new HashMap<>();
    private final Map<String, String> leaders = new HashMap<>();
    private final List<Term> terms = new ArrayList<>();

    static Gazetteer build() {
        TestGazetteer t = new TestGazetteer();
        for (String code : Locale.getISOCountries()) {
            t.countries.put(code, new ULocale("", code).getDisplayCountry(ULocale.ENGLISH));
            for (String lang : LANGS) {
                String n = new ULocale("", code).getDisplayCountry(new ULocale(lang));
                if (!n.isEmpty() && !n.equals(code)) t.country(n, lang, "name", code);
            }
        }
        t.country("Belarusia", "id", "alias", "BY");
        t.country("السعودية", "ar", "alias", "SA");
        t.country("Saudi", "*", "alias", "SA");
        t.country("アメリカ", "ja", "alias", "US");
        t.country("Republic of the Congo", "en", "alias", "CG");
        t.country("Democratic Republic of the Congo", "en", "alias", "CD");
        t.country("Congo", "en", "alias", "CD");
        t.country("Congo", "en", "alias", "CG");
        t.country("Korea", "en", "alias", "KR");
        t.country("Korea", "en", "alias", "KP");
        t.country("한국", "ko", "alias", "KR");
        t.country("북한", "ko", "alias", "KP");
        t.country("Georgia", "en", "name", "GE");
        t.country("Turkey", "en", "name", "TR");
        t.country("US", "en", "alias", "US");
        t.country("U.S.", "en", "alias", "US");
        t.country("UK", "en", "alias", "GB");
        t.country("Britain", "en", "alias", "GB");
        t.country("America", "en", "alias", "US");
        t.country("Guinea-Bissau", "en", "name", "GW");
        for (String[] d : new String[][] {{"Russian", "RU"}, {"Chinese", "CN"}, {"American", "US"},
                {"Georgian", "GE"}, {"Turkish", "TR"}, {"Japanese", "JP"}, {"Syrian", "SY"}, {"English", "GB"},
                {"Nigerian", "NG"}, {"Canadian", "CA"}}) {
            t.country(d[0], "en", "demonym", d[1]);
        }
        t.country("russe", "fr", "demonym", "RU");
        t.country("Washington", "en", "capital", "US");
        t.country("Beijing", "*", "capital", "CN");
        t.country("Minsk", "*", "capital", "BY");
        t.country("Moskow", "id", "capital", "RU");
        t.country("Tbilisi", "en", "capital", "GE");
        t.country("Софи", "mn", "capital", "BG");       // Mongolian for Sofia; a given name in Russian
        t.country("Самоа", "ru", "name", "WS");
        t.country("The Bottom", "en", "capital", "BQ");
        t.leader("Q57643", "Alexander Lukashenko", "Lukashenko", "BY", "head_of_state", "1994-07-20", null);
        t.leader("Q15031", "Xi Jinping", "Xi", "CN", "head_of_state", "2013-03-14", null);
        t.names.add(new NameEntry("习近平", "zh", "fullname", "leader", "Q15031", "CN", false));
        t.leader("Q7747", "Vladimir Putin", "Putin", "RU", "head_of_state", "2012-05-07", null);
        t.names.add(new NameEntry("Владимир Путин", "ru", "fullname", "leader", "Q7747", "RU", false));
        t.names.add(new NameEntry("Путин", "ru", "surname", "leader", "Q7747", "RU", false));
        t.leader("Q1195460", "Qin Gang", "Qin", "CN", "foreign_minister", "2022-12-30", "2023-07-25");
        t.leader("Q108872442", "Sergei Aleinik", "Aleinik", "BY", "foreign_minister", "2022-08-19", null);
        t.leader("Q567", "Angela Merkel", "Merkel", "DE", "head_of_government", "2005-11-22", "2021-12-08");
        t.leader("Q56226", "Kim Jong Un", "Kim", "KP", "effective_leader", "2011-12-17", null);
        t.leader("Q3785077", "Recep Tayyip Erdoğan", "Erdoğan", "TR", "head_of_state", "2014-08-28", null);
        t.leader("Q3052772", "Emmanuel Macron", "Macron", "FR", "head_of_state", "2017-05-14", null);
        t.leader("Q3785", "Joko Widodo", "Widodo", "ID", "head_of_state", "2014-10-20", "2024-10-20");
        t.names.add(new NameEntry("Jokowi", "*", "alias", "leader", "Q3785", "ID", false));
        return new Gazetteer(t.names, t.countries, t.leaders, t.terms);
    }

    private void country(String text, String lang, String kind, String code) {
        names.add(new NameEntry(text, lang, kind, "country", code, code, false));
    }

    private void leader(String id, String full, String surname, String code, String role, String from, String to) {
        leaders.put(id, full);
        names.add(new NameEntry(full, "*", "fullname", "leader", id, code, false));
        boolean shortName = surname.length() <= 3;
        names.add(new NameEntry(surname, "*", "surname", "leader", id, code, shortName));
        terms.add(new Term(id, code, role, LocalDate.parse(from), to == null ? null : LocalDate.parse(to)));
    }
}
