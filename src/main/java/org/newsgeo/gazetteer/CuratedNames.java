package org.newsgeo.gazetteer;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Hand-curated country names no data set has: press spellings and metonyms (curated/aliases.tsv: Moskow,
 * the Kremlin, Kiev, Holland, Zaire), demonyms beyond English/French (curated/demonyms.tsv) and the names
 * of former states (curated/former_state_names.tsv). Columns: code, lang, kind, text, ambiguous, note.
 */
final class CuratedNames {
    private CuratedNames() {
    }

    static void add(Path curated, CountryCodes codes, NameTable out) throws IOException {
        for (String file : new String[]{"aliases.tsv", "demonyms.tsv", "former_state_names.tsv"}) {
            for (var row : Csv.read(curated.resolve(file), '\t')) {
                String code = row.get("code");
                if (!codes.contains(code)) throw new IOException(file + ": unknown code " + code);
                String kind = row.getOrDefault("kind", "");
                if (kind == null || kind.isEmpty()) kind = file.startsWith("demonyms") ? "demonym" : "alias";
                boolean amb = "1".equals(row.get("ambiguous"));
                for (String text : row.get("text").split("\\|")) {        // "a|b" lists several forms
                    out.addCurated(text, row.get("lang"), kind, "country", code, code, amb);
                }
            }
        }
    }
}
