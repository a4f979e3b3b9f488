package org.newsgeo.gazetteer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A leader during reconciliation: the spells of all sources that were found to be the same person. */
final class Person {
    final String country;
    final String surname;
    final Set<String> fullNames = new LinkedHashSet<>();   // best source first
    final List<Spell> spells = new ArrayList<>();
    String qid;
    String id;
    private String recentName;                             // as a curated or Wikidata source writes it

    Person(Spell first) {
        this.country = first.country();
        this.surname = first.surname();
        add(first);
    }

    void add(Spell s) {
        spells.add(s);
        if (s.fullName() != null) fullNames.add(s.fullName());
        if (recentName == null && s.fullName() != null && LeaderReconciler.SOURCE_ORDER.indexOf(s.source()) <= 2) {
            recentName = s.fullName();
        }
        if (qid == null && s.qid() != null && !s.qid().isEmpty()) qid = s.qid();
    }

    /**
     * The canonical name: as curated or Wikidata sources write it; else the shortest full name of two words or
     * more ("Jawaharlal Nehru" rather than Herre's "Pandit Jawaharlal Nehru"); else the surname.
     */
    String name() {
        if (recentName != null) return recentName;
        String best = null;
        for (String n : fullNames) {
            int words = n.split("\\s+").length;
            if (words >= 2 && (best == null || words < best.split("\\s+").length)) best = n;
        }
        return best != null ? best : fullNames.isEmpty() ? surname : fullNames.iterator().next();
    }

    /** Given names (everything but the surname) of the canonical full name, as written. */
    String given() {
        return fullNames.isEmpty() ? "" : name().replace(surname, " ").trim();
    }

    /** The surname keys the person is known by: the source's surname and the one derived from each full name. */
    java.util.Set<String> surnameKeys() {
        java.util.Set<String> k = new java.util.HashSet<>();
        k.add(PersonNames.key(surname));
        for (String n : fullNames) k.add(PersonNames.key(PersonNames.surname(n, country)));
        return k;
    }

    /** Given names (everything but the surname) of the canonical full name, as a comparison key. */
    String givenKey() {
        if (fullNames.isEmpty()) return "";
        return PersonNames.key(name().replace(surname, ""));
    }
}
