package org.newsgeo.gazetteer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.HashSet;
import java.util.Set;

/**
 * Turns a person's spells into terms: spells of one role and country that overlap (or touch, with a year of
 * slack for year-only data) become one term. Curated dates win; otherwise exact dates beat year-only ones.
 * Finally an open term ends the day before a different person's later term in the same role begins, when that
 * later term comes from a recent source (curated, Wikidata import or EveryPolitician) that knows who succeeded whom.
 */
final class TermMerger {
    private static final Set<String> RECENT_SOURCES = Set.of("curated", "wikidata", "everypolitician");

    private TermMerger() {
    }

    static List<Term> terms(List<Person> persons) {
        List<Term> all = new ArrayList<>();
        Set<Term> recent = new HashSet<>();
        for (Person p : persons) {
            Map<String, List<Spell>> byRole = new HashMap<>();
            for (Spell s : p.spells) byRole.computeIfAbsent(s.country() + "|" + s.role(), k -> new ArrayList<>()).add(s);
            for (List<Spell> l : byRole.values()) all.addAll(merge(p.id, l, recent));
        }
        closeOpenTerms(all, recent);
        all.sort(Comparator.comparing(Term::countryCode).thenComparing(Term::role)
                .thenComparing(Term::start).thenComparing(Term::leaderId));
        return all;
    }

    private static List<Term> merge(String id, List<Spell> all, Set<Term> recent) {
        // Curated spells supersede the data sets' spells they overlap (Wang Yi's two stints as foreign minister).
        List<Spell> curated = all.stream().filter(s -> s.source().equals("curated")).toList();
        List<Spell> spells = new ArrayList<>(all.stream().filter(s -> s.source().equals("curated")
                || curated.stream().noneMatch(c -> s.overlaps(c.start(), c.end(), 366))).toList());
        spells.sort(Comparator.comparing(Spell::start));
        List<Term> out = new ArrayList<>();
        List<Spell> group = new ArrayList<>();
        LocalDate groupEnd = null;
        for (Spell s : spells) {
            int slack = s.yearOnly() || group.stream().anyMatch(Spell::yearOnly) ? 366 : 1;
            if (!group.isEmpty() && groupEnd != null && s.start().isAfter(groupEnd.plusDays(slack))) {
                out.add(term(id, group, recent));
                group = new ArrayList<>();
            }
            if (group.isEmpty()) groupEnd = s.start();
            group.add(s);
            groupEnd = s.end() == null || groupEnd == null ? null : max(groupEnd, s.end());
        }
        if (!group.isEmpty()) out.add(term(id, group, recent));
        return out;
    }

    private static Term term(String id, List<Spell> group, Set<Term> recent) {
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
        Term t = new Term(id, first.country(), first.role(), start, end);
        if (group.stream().anyMatch(s -> RECENT_SOURCES.contains(s.source()))) {
            recent.add(t);
        }
        return t;
    }

    private static void closeOpenTerms(List<Term> all, Set<Term> recent) {
        Map<String, List<Term>> bySlot = new HashMap<>();
        for (Term t : all) bySlot.computeIfAbsent(t.countryCode() + "|" + t.role(), k -> new ArrayList<>()).add(t);
        for (List<Term> l : bySlot.values()) {
            for (int i = 0; i < l.size(); i++) {
                Term t = l.get(i);
                if (t.end() != null) continue;
                LocalDate next = null;
                for (Term o : l) {
                    if (recent.contains(o) && !o.leaderId().equals(t.leaderId()) && o.start().isAfter(t.start().plusDays(366))
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
