package org.newsgeo.gazetteer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns persons' spells into terms. Spells of one person, country and role that overlap (or touch, with a
 * year of slack for year-only data) become one term: curated dates win, exact dates beat year-only ones.
 * Then, within each country and role, successive holders are made consistent:
 * a term that was only known to go on (open, or censored at an old data set's end) ends the day before a
 * later holder starts; a year-only boundary yields to the neighbour's exact date.
 */
final class TermMerger {
    private static final Set<String> RECENT_SOURCES = Set.of("curated", "wikidata", "everypolitician");

    /** A term under construction, with how much its boundaries can be trusted. */
    private static final class Draft {
        final String id, country, role;
        LocalDate start, end;
        boolean startYearOnly, endYearOnly, endUnknown;      // endUnknown: open or censored
        boolean curated;

        Draft(String id, String country, String role) {
            this.id = id;
            this.country = country;
            this.role = role;
        }
    }

    private TermMerger() {
    }

    static List<Term> terms(List<Person> persons) {
        List<Draft> all = new ArrayList<>();
        for (Person p : persons) {
            Map<String, List<Spell>> byRole = new HashMap<>();
            for (Spell s : p.spells) byRole.computeIfAbsent(s.country() + "|" + s.role(), k -> new ArrayList<>()).add(s);
            for (List<Spell> l : byRole.values()) all.addAll(merge(p.id, l, p.spells));
        }
        Map<String, List<Draft>> bySlot = new HashMap<>();
        for (Draft d : all) bySlot.computeIfAbsent(d.country + "|" + d.role, k -> new ArrayList<>()).add(d);
        bySlot.values().forEach(TermMerger::fitSuccessors);
        List<Term> out = new ArrayList<>();
        for (Draft d : all) if (d.end == null || !d.end.isBefore(d.start)) out.add(new Term(d.id, d.country, d.role, d.start, d.end));
        out.sort(Comparator.comparing(Term::countryCode).thenComparing(Term::role)
                .thenComparing(Term::start).thenComparing(Term::leaderId));
        return out;
    }

    private static List<Draft> merge(String id, List<Spell> all, List<Spell> personSpells) {
        // Curated spells supersede the data sets' spells they overlap (Wang Yi's two stints as foreign minister).
        List<Spell> curated = all.stream().filter(s -> s.source().equals("curated")).toList();
        List<Spell> spells = new ArrayList<>(all.stream().filter(s -> s.source().equals("curated")
                || curated.stream().noneMatch(c -> s.overlaps(c.start(), c.end(), 366))).toList());
        spells.sort(Comparator.comparing(Spell::start));
        List<Draft> out = new ArrayList<>();
        List<Spell> group = new ArrayList<>();
        LocalDate groupEnd = null;
        for (Spell s : spells) {
            int slack = s.yearOnly() || group.stream().anyMatch(Spell::yearOnly) ? 366 : 1;
            if (!group.isEmpty() && groupEnd != null && s.start().isAfter(groupEnd.plusDays(slack))) {
                out.add(draft(id, group, personSpells));
                group = new ArrayList<>();
            }
            if (group.isEmpty()) groupEnd = s.start();
            group.add(s);
            groupEnd = s.end() == null || groupEnd == null ? null : max(groupEnd, s.end());
        }
        if (!group.isEmpty()) out.add(draft(id, group, personSpells));
        return out;
    }

    private static Draft draft(String id, List<Spell> group, List<Spell> personSpells) {
        Spell first = group.get(0);
        Draft d = new Draft(id, first.country(), first.role());
        List<Spell> curated = group.stream().filter(s -> s.source().equals("curated")).toList();
        List<Spell> exact = group.stream().filter(s -> !s.yearOnly()).toList();
        List<Spell> use = !curated.isEmpty() ? curated : !exact.isEmpty() ? exact : group;
        d.curated = !curated.isEmpty();
        d.start = use.stream().map(Spell::start).min(Comparator.naturalOrder()).get();
        d.startYearOnly = use == group && exact.isEmpty();
        if (d.startYearOnly) borrowExactStart(d, personSpells);
        if (use.stream().anyMatch(s -> s.end() == null)) {
            d.endUnknown = true;                                // in office at the source's time
            return d;
        }
        Spell last = use.stream().max(Comparator.comparing(Spell::end)).get();
        d.end = last.end();
        d.endYearOnly = last.yearOnly();
        d.endUnknown = last.censored();
        // A year-only source seen in office after the exact sources' last date extends the term.
        if (!d.curated && use == exact) {
            for (Spell s : group) {
                if (s.yearOnly() && (s.end() == null || s.end().isAfter(d.end.plusDays(366)))) {
                    d.end = s.end();
                    d.endYearOnly = true;
                    d.endUnknown = s.end() == null || s.censored();
                    if (d.end == null) break;
                }
            }
        }
        return d;
    }

    /**
     * Herre knows only that Cameron headed the government at the end of 2010; Archigos has him as effective
     * leader from 2010-05-11. An exact start of the same person in the same country and year is taken.
     */
    private static void borrowExactStart(Draft d, List<Spell> personSpells) {
        for (Spell s : personSpells) {
            if (!s.yearOnly() && s.country().equals(d.country) && s.start().getYear() == d.start.getYear()) {
                d.start = s.start();
                d.startYearOnly = false;
                return;
            }
        }
    }

    /** Makes the holders of one country's role follow each other (see the class comment). */
    private static void fitSuccessors(List<Draft> slot) {
        slot.sort(Comparator.comparing((Draft d) -> d.start));
        for (Draft d : slot) {
            Draft next = null;
            for (Draft o : slot) {
                if (o.id.equals(d.id) || !o.start.isAfter(d.start.plusDays(30))) continue;
                if (next == null || o.start.isBefore(next.start)) next = o;
            }
            if (next == null) continue;
            boolean overlaps = d.end == null || !d.end.isBefore(next.start);
            if (!overlaps) continue;
            // Which boundary to trust: an exact start beats an unknown or year-only end; an exact end beats a
            // year-only start. Curated dates are never moved. Co-holders (both exact) are left alone.
            if (!d.curated && (d.endUnknown || d.endYearOnly) && !next.startYearOnly) {
                d.end = next.start.minusDays(1);
            } else if (!next.curated && next.startYearOnly && d.end != null && !d.endYearOnly && !d.endUnknown) {
                next.start = d.end;
            } else if (!d.curated && !next.curated && next.startYearOnly && (d.endYearOnly || d.endUnknown)
                    && next.start.getYear() > d.start.getYear()) {
                // Both only known to the year: the change is put in mid-year.
                next.start = LocalDate.of(next.start.getYear(), 7, 1);
                d.end = next.start.minusDays(1);
            }
        }
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
