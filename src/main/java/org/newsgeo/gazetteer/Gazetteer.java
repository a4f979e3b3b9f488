package org.newsgeo.gazetteer;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The project's knowledge of the world, read-only once built: every name to match, the countries and
 * the leaders' terms. {@link #get()} loads the artifact shipped on the classpath once per JVM.
 */
public final class Gazetteer implements Serializable {
    private final List<NameEntry> names;
    private final Map<String, String> countryNames;            // code -> English name
    private final Map<String, String> leaderNames;             // leader id -> canonical full name
    private final Map<String, List<Term>> terms;               // leader id -> spells, by start date
    private final Map<String, FormerState> formerStates;       // retired code -> validity
    private final Map<String, Place> places;                   // place id -> city, region or curated place

    public Gazetteer(Collection<NameEntry> names, Map<String, String> countryNames,
                     Map<String, String> leaderNames, Collection<Term> terms) {
        this(names, countryNames, leaderNames, terms, Map.of());
    }

    public Gazetteer(Collection<NameEntry> names, Map<String, String> countryNames,
                     Map<String, String> leaderNames, Collection<Term> terms, Map<String, FormerState> formerStates) {
        this(names, countryNames, leaderNames, terms, formerStates, List.of());
    }

    public Gazetteer(Collection<NameEntry> names, Map<String, String> countryNames, Map<String, String> leaderNames,
                     Collection<Term> terms, Map<String, FormerState> formerStates, Collection<Place> places) {
        Map<String, Place> byId = new HashMap<>();
        for (Place p : places) byId.put(p.id(), p);
        this.places = byId;
        this.formerStates = Map.copyOf(formerStates);
        this.names = List.copyOf(names);
        this.countryNames = Map.copyOf(countryNames);
        this.leaderNames = Map.copyOf(leaderNames);
        Map<String, List<Term>> byLeader = new HashMap<>();
        for (Term t : terms) byLeader.computeIfAbsent(t.leaderId(), k -> new ArrayList<>()).add(t);
        byLeader.values().forEach(l -> l.sort(Comparator.comparing(Term::start,
                Comparator.nullsFirst(Comparator.naturalOrder()))));
        this.terms = byLeader;
    }

    private static volatile Gazetteer shared;

    /** The shipped gazetteer, loaded once per JVM (once per Spark executor). */
    public static Gazetteer get() {
        Gazetteer g = shared;
        if (g == null) {
            synchronized (Gazetteer.class) {
                if (shared == null) shared = GazetteerArtifact.loadDefault();
                g = shared;
            }
        }
        return g;
    }

    public List<NameEntry> names() { return names; }

    public String countryName(String code) { return countryNames.get(code); }

    public Map<String, String> countries() { return countryNames; }

    /** The former state with this retired code (SU, YU, CS, DD, YD), or null for a current code. */
    public FormerState formerState(String code) { return formerStates.get(code); }

    /** The place with this id ("geonames:524901", "admin1:US.TX", "place:crimea"), or null. */
    public Place place(String id) { return places.get(id); }

    /** Number of places (cities, regions, curated). */
    public int placeCount() { return places.size(); }

    public String leaderName(String leaderId) { return leaderNames.get(leaderId); }

    /** Every leader id (Wikidata QID or "L:CC:slug"). */
    public java.util.Set<String> leaderIds() { return leaderNames.keySet(); }

    public List<Term> terms(String leaderId) { return terms.getOrDefault(leaderId, List.of()); }

    /** The spell a leader held on a day, preferring the most senior role; null when out of office. */
    public Term termOn(String leaderId, LocalDate day) {
        Term best = null;
        for (Term t : terms(leaderId)) {
            if (t.covers(day) && (best == null || Roles.rank(t.role()) < Roles.rank(best.role()))) best = t;
        }
        return best;
    }
}
