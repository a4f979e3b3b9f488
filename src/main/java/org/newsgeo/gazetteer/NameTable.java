package org.newsgeo.gazetteer;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Collects the names the builder emits, dropping duplicates and forms that are no names. The ambiguity flag
 * is decided once at the end (see {@link Ambiguity}), so sources only say what a name is.
 */
final class NameTable {
    private final Map<String, NameEntry> byKey = new LinkedHashMap<>();

    /** A name from a data set: codes such as "AS" or "US" are not accepted here, only from curated files. */
    void addData(String text, String lang, String kind, String type, String id, String cc) {
        String t = clean(text);
        if (t == null || isCode(t)) return;
        put(new NameEntry(t, lang, kind, type, id, cc, false));
    }

    /** A hand-curated name: taken as written, including acronyms. */
    void addCurated(String text, String lang, String kind, String type, String id, String cc, boolean ambiguous) {
        String t = clean(text);
        if (t == null) return;
        put(new NameEntry(t, lang, kind, type, id, cc, ambiguous));
    }

    private void put(NameEntry e) {
        String key = e.text() + '\t' + e.lang() + '\t' + e.kind() + '\t' + e.entityId();
        NameEntry old = byKey.get(key);
        if (old == null || (e.ambiguous() && !old.ambiguous())) byKey.put(key, e);
    }

    static String clean(String text) {
        if (text == null) return null;
        String t = Normalizer.normalize(text, Normalizer.Form.NFC).replace('\u00a0', ' ').replace('’', '\'')
                .replaceAll("\\s+", " ").trim();
        return t.length() < 2 ? null : t;
    }

    /** Two or three capital letters: country codes, not names people write in prose. */
    static boolean isCode(String t) {
        return t.length() <= 3 && t.chars().allMatch(c -> c >= 'A' && c <= 'Z');
    }

    boolean hasEntity(String id) {
        return byKey.values().stream().anyMatch(e -> e.entityId().equals(id));
    }

    List<NameEntry> finish(Ambiguity amb) {
        List<NameEntry> out = new ArrayList<>();
        for (NameEntry e : byKey.values()) {
            // A form already valid in every language ("*") needs no copy per language.
            if (!e.lang().equals("*")
                    && byKey.containsKey(e.text() + "\t*\t" + e.kind() + '\t' + e.entityId())) continue;
            boolean a = e.ambiguous() || amb.isAmbiguous(e);
            out.add(a == e.ambiguous() ? e
                    : new NameEntry(e.text(), e.lang(), e.kind(), e.entityType(), e.entityId(), e.countryCode(), true));
        }
        // Sorted so that the artifact is byte-for-byte reproducible.
        out.sort(Comparator.comparing(NameEntry::entityType).thenComparing(NameEntry::entityId)
                .thenComparing(NameEntry::kind).thenComparing(NameEntry::lang).thenComparing(NameEntry::text));
        return out;
    }

    static final Set<String> COUNTRY_KINDS = Set.of("name", "alias", "capital", "demonym");
}
