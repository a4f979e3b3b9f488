package org.newsgeo.gazetteer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;

/**
 * Capitals in many languages from GeoNames (CC-BY-4.0), used as metonyms for their country ("Moscow said").
 * The GeoNames primary name is language-neutral ("*"). Capitals GeoNames lacks (Astana, Nouakchott) and
 * seats of power (Kremlin, Downing Street) are curated in curated/aliases.tsv.
 */
final class Capitals {
    private Capitals() {
    }

    static void add(Path sources, Set<String> langs, CountryCodes codes, NameTable out) throws IOException {
        for (var row : Csv.read(sources.resolve("geonames-capitals/capitals_multilingual_geonames.tsv"), '\t')) {
            String code = row.get("cca2");
            if (!codes.contains(code)) continue;
            String loc = row.get("locale");
            String lang = loc.equals("geonames_default") ? "*" : Languages.base(loc);
            if (!lang.equals("*") && !langs.contains(lang)) continue;
            out.addData(row.get("name"), lang, "capital", "country", code, code);
        }
    }
}
