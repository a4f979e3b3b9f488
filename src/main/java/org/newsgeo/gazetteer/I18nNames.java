package org.newsgeo.gazetteer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgeo.util.MiniJson;

/**
 * Alternate country names from i18n-iso-countries (MIT). It often disagrees with CLDR (Indonesian "Belarusia"
 * vs CLDR "Belarus", "China" vs "Tiongkok"); both are real usage, so its forms are added as aliases.
 */
final class I18nNames {
    private I18nNames() {
    }

    static void add(Path sources, Set<String> langs, CountryCodes codes, NameTable out) throws IOException {
        for (String lang : langs) {
            Path f = sources.resolve("i18n-iso-countries/langs/" + lang + ".json");
            Map<?, ?> doc = (Map<?, ?>) MiniJson.parse(Files.readString(f, StandardCharsets.UTF_8));
            for (var e : ((Map<?, ?>) doc.get("countries")).entrySet()) {
                String code = (String) e.getKey();
                if (!codes.contains(code)) continue;
                Object v = e.getValue();
                for (Object name : v instanceof List ? (List<?>) v : List.of(v)) {
                    CldrNames.addSplit((String) name, lang, "alias", code, out);
                }
            }
        }
    }
}
