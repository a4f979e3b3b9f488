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
            List.of("curated", "everypolitician", "countryinfo", "herre", "reign", "archigos");

    private final Map<String, List<Person>> bySurname = new HashMap<>();   // country + surname key
    private final Map<String, Person> byFullName = new HashMap<>();        // country + full name key
    private final List<Person> persons = new ArrayList<>();

    List<Person> reconcile(List<Spell> spells) {
        List<Spell> sorted = new ArrayList<>(spells);
        sorted.sort(Comparator.comparingInt((Spell s) -> SOURCE_ORDER.indexOf(s.source()))
                .thenComparing(Spell::country).thenComparing(Spell::start));
        for (Spell s : sorted) {
            Person p = find(s);
            if (p == null) {
                p = new Person(s);
                persons.add(p);
                bySurname.computeIfAbsent(s.country() + "|" + PersonNames.key(s.surname()), k -> new ArrayList<>()).add(p);
            } else {
                p.add(s);
            }
            if (s.fullName() != null) byFullName.putIfAbsent(s.country() + "|" + PersonNames.key(s.fullName()), p);
        }
        mergeSameQid();
        assignIds();
        return persons;
    }

    private Person find(Spell s) {
        if (s.fullName() != null) {
            Person p = byFullName.get(s.country() + "|" + PersonNames.key(s.fullName()));
            if (p != null) return p;
        }
        String given = s.fullName() == null ? "" : PersonNames.key(s.fullName().replace(s.surname(), ""));
        for (Person p : bySurname.getOrDefault(s.country() + "|" + PersonNames.key(s.surname()), List.of())) {
            long overlap = overlapDays(p, s);
            if (overlap < 0) continue;
            String pg = p.givenKey();
            if (given.isEmpty() || pg.isEmpty() || given.startsWith(pg) || pg.startsWith(given)) return p;
            if (given.charAt(0) == pg.charAt(0) && overlap > 90) return p;   // Aleksandr / Alexander
        }
        return null;
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
