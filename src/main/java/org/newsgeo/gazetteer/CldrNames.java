package org.newsgeo.gazetteer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;

/**
 * Country names from CLDR 48 (Unicode-3.0): the backbone, one standard name per language, plus CLDR's
 * short and variant forms as aliases. Regional locales (pt-PT, zh-Hant) add their spellings under the base language.
 */
final class CldrNames {
    private CldrNames() {
    }

    static void add(Path sources, Set<String> langs, CountryCodes codes, NameTable out) throws IOException {
        for (var row : Csv.read(sources.resolve("cldr-48/cldr-48-territories.tsv"), '\t')) {
            String lang = Languages.base(row.get("locale"));
            String code = row.get("code");
            if (!langs.contains(lang) || !codes.contains(code)) continue;
            String alt = row.get("alt");
            if (!alt.isEmpty() && !alt.equals("short") && !alt.equals("variant")) continue;
            addSplit(row.get("name"), lang, alt.isEmpty() ? "name" : "alias", code, out);
        }
    }

    /** "Myanmar (Burma)" is two names; "Congo - Kinshasa" is CLDR's disambiguation, kept as written. */
    static void addSplit(String name, String lang, String kind, String code, NameTable out) {
        int p = name.indexOf(" (");
        if (p > 0 && name.endsWith(")")) {
            out.addData(name.substring(0, p), lang, kind, "country", code, code);
            out.addData(name.substring(p + 2, name.length() - 1), lang, "alias", "country", code, code);
        } else {
            out.addData(name, lang, kind, "country", code, code);
            if (name.contains(" & ")) out.addData(name.replace(" & ", " and "), lang, "alias", "country", code, code);
        }
    }
}
