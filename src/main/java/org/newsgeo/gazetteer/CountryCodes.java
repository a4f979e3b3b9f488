package org.newsgeo.gazetteer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.newsgeo.util.MiniJson;

/**
 * The entities the gazetteer covers: the 249 ISO 3166-1 codes (i18n-iso-countries codes.json), Kosovo (XK),
 * and the former states of curated/former_states.tsv (SU, YU, CS, DD, YD), with their English names.
 */
final class CountryCodes {
    final Map<String, String> english = new TreeMap<>();        // code -> English name
    final Map<String, String[]> validity = new TreeMap<>();     // former code -> {from, to, successor}
    final Map<String, String> byAlpha3 = new TreeMap<>();       // ISO alpha-3 -> alpha-2

    static CountryCodes read(Path sources, Path curated) throws IOException {
        CountryCodes c = new CountryCodes();
        Object codes = MiniJson.parse(Files.readString(sources.resolve("i18n-iso-countries/codes.json"),
                StandardCharsets.UTF_8));
        for (Object row : (List<?>) codes) {
            List<?> r = (List<?>) row;
            c.english.put((String) r.get(0), null);
            c.byAlpha3.put((String) r.get(1), (String) r.get(0));
        }
        c.english.put("XK", null);
        for (var row : Csv.read(sources.resolve("cldr-48/cldr-48-territories.tsv"), '\t')) {
            if (row.get("locale").equals("en") && row.get("alt").isEmpty() && c.english.containsKey(row.get("code"))) {
                c.english.put(row.get("code"), row.get("name").replace(" & ", " and "));
            }
        }
        for (var row : Csv.read(curated.resolve("former_states.tsv"), '\t')) {
            c.english.put(row.get("code"), row.get("name_en"));
            c.validity.put(row.get("code"), new String[]{row.get("from"), row.get("to"), row.get("successor")});
        }
        c.english.replaceAll((k, v) -> v == null ? k : v);
        return c;
    }

    boolean contains(String code) {
        return english.containsKey(code);
    }
}
