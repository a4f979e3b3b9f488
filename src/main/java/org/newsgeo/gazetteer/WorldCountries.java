package org.newsgeo.gazetteer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.newsgeo.util.MiniJson;

/**
 * English alternate spellings, English capitals and English/French demonyms from world-countries
 * (mledoze/countries, ODbL-1.0; kept in its own folder sources/odbl-world-countries as the licence asks).
 */
final class WorldCountries {
    private WorldCountries() {
    }

    static void add(Path sources, CountryCodes codes, NameTable out) throws IOException {
        Path f = sources.resolve("odbl-world-countries/countries-trimmed.json");
        if (!Files.exists(f)) return;                  // optional: delete the folder for a build without ODbL data
        for (Object o : (List<?>) MiniJson.parse(Files.readString(f, StandardCharsets.UTF_8))) {
            Map<?, ?> c = (Map<?, ?>) o;
            String code = (String) c.get("cca2");
            if (!codes.contains(code)) continue;
            out.addData((String) c.get("common"), "en", "alias", "country", code, code);
            out.addData((String) c.get("official"), "en", "alias", "country", code, code);
            for (Object alt : (List<?>) c.get("altSpellings")) {
                out.addData((String) alt, "*", "alias", "country", code, code);
            }
            for (Object cap : (List<?>) c.get("capital")) out.addData((String) cap, "en", "capital", "country", code, code);
            Map<?, ?> dem = (Map<?, ?>) c.get("demonyms");
            for (String lang : List.of("eng", "fra")) {
                Map<?, ?> mf = (Map<?, ?>) dem.get(lang);
                if (mf == null) continue;
                for (Object form : mf.values()) {
                    out.addData((String) form, lang.substring(0, 2), "demonym", "country", code, code);
                }
            }
        }
    }
}
