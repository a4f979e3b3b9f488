package org.newsgeo.gazetteer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Merges the spells of all sources into persons. Sources are taken best first (curated, EveryPolitician,
 * CountryInfo, Herre, REIGN, Archigos). A spell joins a person of the same country when
 * (1) one of the person's full names is the spell's full name, or
 * (2) the surnames agree, the given names do not contradict (one is missing, a prefix of the other, or a
 *     transliteration variant while the spells overlap by months) and the spells overlap in time
 *     (a year of slack for year-only sources). Otherwise the spell starts a new person.
 */
final class LeaderReconciler {
    static final List<String> SOURCE_ORDER =
            List.of("curated", "wikidata", "everypolitician", "countryinfo", "herre", "reign", "archigos");

    private final Map<String, List<Person>> byCountry = new HashMap<>();
    private final Map<String, Person> byFullName = new HashMap<>();        // country + full name key
    private final List<Person> persons = new ArrayList<>();

    private final Map<String, String> sameAs;                               // country + name key -> canonical name

    LeaderReconciler(Map<String, String> sameAs) {
        this.sameAs = sameAs;
    }

    /** curated/person_aliases.tsv: one person romanized differently (Mao Tse-Tung = Mao Zedong). */
    static Map<String, String> readAliases(java.nio.file.Path curated) throws java.io.IOException {
        Map<String, String> m = new HashMap<>();
        for (var r : Csv.read(curated.resolve("person_aliases.tsv"), '\t')) {
            m.put(r.get("country") + "|" + PersonNames.key(r.get("name")), r.get("same_as"));
        }
        return m;
    }

    private Spell canonical(Spell s) {
        String to = s.fullName() == null ? null : sameAs.get(s.country() + "|" + PersonNames.key(s.fullName()));
        if (to == null) return s;
        return new Spell(s.source(), s.country(), s.role(), s.start(), s.end(), to, PersonNames.surname(to, s.country()),
                s.qid(), s.yearOnly(), s.open());
    }

    List<Person> reconcile(List<Spell> spells) {
        List<Spell> sorted = new ArrayList<>(spells.stream().map(this::canonical).toList());
        sorted.sort(Comparator.comparingInt((Spell s) -> SOURCE_ORDER.indexOf(s.source()))
                .thenComparing(Spell::country).thenComparing(Spell::start));
        for (Spell s : sorted) {
            Person p = find(s);
            if (p == null) {
                p = new Person(s);
                persons.add(p);
                byCountry.computeIfAbsent(s.country(), k -> new ArrayList<>()).add(p);
            } else {
                p.add(s);
            }
            if (s.fullName() != null) byFullName.putIfAbsent(s.country() + "|" + PersonNames.key(s.fullName()), p);
        }
        mergeSameQid();
        mergeSubsetNames();
        assignIds();
        return persons;
    }

    private Person find(Spell s) {
        if (s.fullName() != null) {
            Person p = byFullName.get(s.country() + "|" + PersonNames.key(s.fullName()));
            if (p != null) return p;
        }
        Person bySubset = s.fullName() == null ? null : byTokenSubset(s);
        if (bySubset != null) return bySubset;
        String given = s.fullName() == null ? "" : s.fullName().replace(s.surname(), " ").trim();
        String gk = PersonNames.key(given);
        String sk = PersonNames.key(s.surname());
        Set<String> sks = new HashSet<>(Set.of(sk));
        if (s.fullName() != null) sks.add(PersonNames.key(PersonNames.surname(s.fullName(), s.country())));
        for (Person p : byCountry.getOrDefault(s.country(), List.of())) {
            long overlap = overlapDays(p, s);
            if (overlap < 0) continue;
            Set<String> pks = p.surnameKeys();
            boolean same = pks.stream().anyMatch(sks::contains);
            // Transliterations differ by a letter (Lukashenko / Lukashenka): accepted when in office together for a year.
            if (!same && !(overlap > 365 && sk.length() >= 6 && pks.stream().anyMatch(k -> oneEditApart(k, sk)))) continue;
            String pg = p.givenKey();
            if (PersonNames.familyFirst(s.country())) {          // Kim Il is not Kim Il Sung
                if (gk.isEmpty() || pg.isEmpty() || gk.equals(pg)) return p;
                continue;
            }
            if (gk.isEmpty() || pg.isEmpty() || gk.startsWith(pg) || pg.startsWith(gk)
                    || PersonNames.givenNamesAgree(given, p.given())) return p;
            if (gk.charAt(0) == pg.charAt(0) && overlap > 90) return p;   // Aleksandr / Alexander
        }
        return null;
    }

    /**
     * "Rafael Correa" and "Rafael Vicente Correa Delgado" in office at the same time are one person: all words of
     * the shorter name are in the longer one. Not for family-first names, where Kim Il and Kim Il Sung differ.
     */
    private Person byTokenSubset(Spell s) {
        if (PersonNames.familyFirst(s.country())) return null;
        Set<String> st = PersonNames.tokens(s.fullName());
        for (Person p : byCountry.getOrDefault(s.country(), List.of())) {
            if (overlapDays(p, s) < 0) continue;
            for (String n : p.fullNames) {
                Set<String> pt = PersonNames.tokens(n);
                if (pt.size() >= 2 && st.size() >= 2 && (pt.containsAll(st) || st.containsAll(pt))) return p;
            }
        }
        return null;
    }

    static boolean oneEditApart(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 1) return false;
        int i = 0, j = 0, edits = 0;
        while (i < a.length() && j < b.length()) {
            if (a.charAt(i) == b.charAt(j)) { i++; j++; continue; }
            if (++edits > 1) return false;
            if (a.length() > b.length()) i++;
            else if (b.length() > a.length()) j++;
            else { i++; j++; }
        }
        return edits + (a.length() - i) + (b.length() - j) <= 1;
    }

    /** Days the spell overlaps any of the person's spells (negative when apart), with slack for year-only data. */
    private static long overlapDays(Person p, Spell s) {
        long best = -1;
        for (Spell o : p.spells) {
            int slack = (o.yearOnly() || s.yearOnly()) ? 366 : 0;
            LocalDate a = s.start().isAfter(o.start()) ? s.start() : o.start();
            LocalDate se = s.end() == null ? LocalDate.of(2100, 1, 1) : s.end();
            LocalDate oe = o.end() == null ? LocalDate.of(2100, 1, 1) : o.end();
            LocalDate b = se.isBefore(oe) ? se : oe;
            long d = b.toEpochDay() - a.toEpochDay() + slack;
            best = Math.max(best, d);
        }
        return best;
    }

    /** A second pass of the token-subset rule, for persons whose first spells did not overlap. */
    private void mergeSubsetNames() {
        List<Person> gone = new ArrayList<>();
        for (List<Person> inCountry : byCountry.values()) {
            for (int i = 0; i < inCountry.size(); i++) {
                Person a = inCountry.get(i);
                if (gone.contains(a) || PersonNames.familyFirst(a.country)) continue;
                for (int j = i + 1; j < inCountry.size(); j++) {
                    Person b = inCountry.get(j);
                    if (gone.contains(b) || (a.qid != null && b.qid != null && !a.qid.equals(b.qid))) continue;
                    if (!subsetNames(a, b) || b.spells.stream().noneMatch(sp -> overlapDays(a, sp) >= 0)) continue;
                    b.spells.forEach(a::add);
                    gone.add(b);
                }
            }
        }
        persons.removeAll(gone);
    }

    private static boolean subsetNames(Person a, Person b) {
        for (String x : a.fullNames) {
            Set<String> xt = PersonNames.tokens(x);
            for (String y : b.fullNames) {
                Set<String> yt = PersonNames.tokens(y);
                if (xt.size() >= 2 && yt.size() >= 2 && (xt.containsAll(yt) || yt.containsAll(xt))) return true;
            }
        }
        return false;
    }

    /** One Wikidata item is one person, even across countries (Charles III reigns over several realms). */
    private void mergeSameQid() {
        Map<String, Person> first = new HashMap<>();
        List<Person> kept = new ArrayList<>();
        for (Person p : persons) {
            Person f = p.qid == null ? null : first.putIfAbsent(p.qid, p);
            if (f == null) kept.add(p);
            else p.spells.forEach(f::add);
        }
        persons.clear();
        persons.addAll(kept);
    }

    /** Wikidata QID when known, else a slug; clashes get the start year appended. */
    private void assignIds() {
        Set<String> used = new HashSet<>();
        for (Person p : persons) {
            String id = p.qid != null ? p.qid : PersonNames.slug(p.country, p.surname,
                    p.fullNames.isEmpty() ? null : p.name());
            if (!used.add(id)) {
                int year = p.spells.stream().map(Spell::start).min(Comparator.naturalOrder()).get().getYear();
                id = id + "-" + year;
                while (!used.add(id)) id = id + "x";
            }
            p.id = id;
        }
    }
}
