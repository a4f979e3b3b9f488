package org.newsgeo.gazetteer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a person's spells into terms: spells of one role and country that overlap (or touch, with a year of
 * slack for year-only data) become one term. Curated dates win; otherwise exact dates beat year-only ones.
 * Finally an open term ends the day before a different person's later term in the same role begins.
 */
final class TermMerger {
    private TermMerger() {
    }

    static List<Term> terms(List<Person> persons) {
        List<Term> all = new ArrayList<>();
        for (Person p : persons) {
            Map<String, List<Spell>> byRole = new HashMap<>();
            for (Spell s : p.spells) byRole.computeIfAbsent(s.country() + "|" + s.role(), k -> new ArrayList<>()).add(s);
            for (List<Spell> l : byRole.values()) all.addAll(merge(p.id, l));
        }
        closeOpenTerms(all);
        all.sort(Comparator.comparing(Term::countryCode).thenComparing(Term::role)
                .thenComparing(Term::start).thenComparing(Term::leaderId));
        return all;
    }

    private static List<Term> merge(String id, List<Spell> spells) {
        spells.sort(Comparator.comparing(Spell::start));
        List<Term> out = new ArrayList<>();
        List<Spell> group = new ArrayList<>();
        LocalDate groupEnd = null;
        for (Spell s : spells) {
            int slack = s.yearOnly() || group.stream().anyMatch(Spell::yearOnly) ? 366 : 1;
            if (!group.isEmpty() && groupEnd != null && s.start().isAfter(groupEnd.plusDays(slack))) {
                out.add(term(id, group));
                group = new ArrayList<>();
            }
            if (group.isEmpty()) groupEnd = s.start();
            group.add(s);
            groupEnd = s.end() == null || groupEnd == null ? null : max(groupEnd, s.end());
        }
        if (!group.isEmpty()) out.add(term(id, group));
        return out;
    }

    private static Term term(String id, List<Spell> group) {
        List<Spell> curated = group.stream().filter(s -> s.source().equals("curated")).toList();
        List<Spell> exact = group.stream().filter(s -> !s.yearOnly()).toList();
        List<Spell> use = !curated.isEmpty() ? curated : !exact.isEmpty() ? exact : group;
        LocalDate start = use.stream().map(Spell::start).min(Comparator.naturalOrder()).get();
        LocalDate end = null;
        boolean open = use.stream().anyMatch(s -> s.end() == null);
        if (!open) end = use.stream().map(Spell::end).max(Comparator.naturalOrder()).get();
        // A year-only source seen in office after an exact source's last date extends the term to its year.
        if (curated.isEmpty() && !open && use == exact) {
            for (Spell s : group) {
                if (s.yearOnly() && (s.end() == null || s.end().isAfter(end.plusDays(366)))) {
                    end = s.end();
                    if (end == null) break;
                }
            }
        }
        Spell first = group.get(0);
        return new Term(id, first.country(), first.role(), start, end);
    }

    private static void closeOpenTerms(List<Term> all) {
        Map<String, List<Term>> bySlot = new HashMap<>();
        for (Term t : all) bySlot.computeIfAbsent(t.countryCode() + "|" + t.role(), k -> new ArrayList<>()).add(t);
        for (List<Term> l : bySlot.values()) {
            for (int i = 0; i < l.size(); i++) {
                Term t = l.get(i);
                if (t.end() != null) continue;
                LocalDate next = null;
                for (Term o : l) {
                    if (!o.leaderId().equals(t.leaderId()) && o.start().isAfter(t.start().plusDays(366))
                            && (next == null || o.start().isBefore(next))) next = o.start();
                }
                if (next != null) {
                    Term closed = new Term(t.leaderId(), t.countryCode(), t.role(), t.start(), next.minusDays(1));
                    all.set(all.indexOf(t), closed);
                    l.set(i, closed);
                }
            }
        }
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
