package org.newsgeo.gazetteer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Drops names that are a single generic word ("Republic", "Island", "Royaume"): data sets split them off
 * longer names (CLDR's "Congo (Republic)") and the matcher would then find a country in every "Republic".
 * The words are listed in curated/generic_names.tsv with the language they are generic in ("*" = all).
 */
final class GenericNames {
    private final Map<String, Set<String>> langsByWord = new HashMap<>();

    static GenericNames read(Path curatedDir) throws IOException {
        GenericNames g = new GenericNames();
        Path file = curatedDir.resolve("generic_names.tsv");
        for (var row : Csv.read(file, '\t')) {
            g.langsByWord.computeIfAbsent(key(row.get("text")), k -> new HashSet<>()).add(row.get("lang"));
        }
        return g;
    }

    private static String key(String text) {
        return NameTable.clean(text) == null ? "" : NameTable.clean(text).toLowerCase(Locale.ROOT);
    }

    /** Is the name one generic word in its language? A name of every language ("*") is tested against all. */
    boolean isGeneric(NameEntry e) {
        Set<String> langs = langsByWord.get(key(e.text()));
        if (langs == null) return false;
        return langs.contains("*") || "*".equals(e.lang()) || langs.contains(e.lang());
    }

    /** The names that are not generic words, in the same order. */
    List<NameEntry> drop(List<NameEntry> names) {
        List<NameEntry> out = new ArrayList<>(names.size());
        for (NameEntry e : names) if (!isGeneric(e)) out.add(e);
        return out;
    }
}
