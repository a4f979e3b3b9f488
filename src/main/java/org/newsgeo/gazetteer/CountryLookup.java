package org.newsgeo.gazetteer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds a country code from an English country name as the leader data sets write it ("Burma/Myanmar",
 * "The Gambia", "Republic of the Congo"), using the gazetteer's own English names and aliases.
 */
final class CountryLookup {
    private final Map<String, String> byKey = new HashMap<>();

    CountryLookup(List<NameEntry> names, CountryCodes codes) {
        for (NameEntry e : names) {
            if (!e.entityType().equals("country") || e.kind().equals("capital") || e.kind().equals("demonym")) continue;
            if (e.lang().equals("en") || e.lang().equals("*")) byKey.putIfAbsent(norm(e.text()), e.entityId());
        }
        codes.english.forEach((code, name) -> byKey.put(norm(name), code));
    }

    static String norm(String name) {
        String k = PersonNames.key(name.replace("&", "and"));
        return k.startsWith("the") && k.length() > 6 ? k.substring(3) : k;
    }

    /** The code for a name, or null; "A/B" tries both parts. */
    String find(String name) {
        String c = byKey.get(norm(name));
        if (c == null && name.contains("/")) {
            for (String part : name.split("/")) if ((c = byKey.get(norm(part))) != null) break;
        }
        return c;
    }
}
