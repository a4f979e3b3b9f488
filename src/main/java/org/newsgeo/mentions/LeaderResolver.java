package org.newsgeo.mentions;

import org.newsgeo.gazetteer.Gazetteer;
import org.newsgeo.gazetteer.NameEntry;
import org.newsgeo.gazetteer.Term;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns leader name candidates of one article into leader mentions. A full name ("Xi Jinping") is a
 * mention and establishes the person for the article; a bare surname ("Xi dan Lukashenko", "kata Qin")
 * counts when the person is established, or when a title stands next to it ("Presiden Xi") and one
 * office holder of that surname fits. Never alone: on GeoWebNews bare surnames of office holders
 * were mostly other people (Johnson, Silva, Jesus). A surname glued to another capitalised given
 * name ("Kim Yo Jong") is somebody else.
 */
final class LeaderResolver {
    /** A leader candidate with the field it came from. */
    record Hit(String field, String text, boolean headline, Candidate candidate, List<NameEntry> entries) {
    }

    private final Gazetteer g;
    private final LocalDate date;

    LeaderResolver(Gazetteer g, LocalDate date) {
        this.g = g;
        this.date = date;
    }

    List<Mention> resolve(List<Hit> hits) {
        Set<String> established = new HashSet<>();
        for (Hit h : hits) {
            for (NameEntry e : h.entries) if (!isSurname(e)) established.add(e.entityId());
        }
        List<Mention> out = new ArrayList<>();
        for (Hit h : hits) {
            NameEntry e = choose(h, established);
            if (e != null) out.add(mention(h, e));
        }
        return out;
    }

    private NameEntry choose(Hit h, Set<String> established) {
        Candidate c = h.candidate;
        String prev = Neighbours.prevAdjacent(h.text, c.start());
        String next = Neighbours.nextAdjacent(h.text, c.end());
        boolean titled = LeaderTitles.titled(prev, Neighbours.after(h.text, c.end(), 6));
        if (prev != null && Neighbours.prevStartsSentence(h.text, c.start(), prev)) prev = null;
        boolean glued = !h.headline && otherGivenName(prev, next, titled);
        List<NameEntry> full = h.entries.stream().filter(e -> !isSurname(e)).toList();
        // A full name of one word (kings known by one name: Salman) is another person's when glued to
        // more capitalised names ("Salman Habaka", a colonel), like a surname.
        boolean oneWord = h.text.substring(c.start(), c.end()).indexOf(' ') < 0;
        if (!full.isEmpty()) return oneWord && glued ? null : inOfficeFirst(full);
        if (glued) return null;
        List<NameEntry> known = h.entries.stream().filter(e -> established.contains(e.entityId())).toList();
        if (!known.isEmpty()) return inOfficeFirst(known);
        if (!titled) return null;
        List<NameEntry> serving = h.entries.stream().filter(e -> g.termOn(e.entityId(), date) != null).toList();
        return serving.size() == 1 ? serving.get(0) : null;
    }

    // "Kim Yo Jong", "Hua Chunying", "Andrew Xi": a capitalised word glued to the surname that is
    // neither a title nor sentence punctuation means another person with the same surname.
    private static boolean otherGivenName(String prev, String next, boolean titled) {
        boolean prevName = Neighbours.capitalised(prev) && !titled && !prev.endsWith("'s")
                && !prev.endsWith(".") && !LeaderTitles.isTitle(prev);
        boolean nextName = Neighbours.capitalised(next) && !next.contains("'") && !LeaderTitles.isTitle(next);
        return prevName || nextName;
    }

    private NameEntry inOfficeFirst(List<NameEntry> es) {
        for (NameEntry e : es) if (g.termOn(e.entityId(), date) != null) return e;
        return es.get(0);
    }

    private static boolean isSurname(NameEntry e) {
        return "surname".equals(e.kind());
    }

    private Mention mention(Hit h, NameEntry e) {
        Mention m = new Mention();
        m.entityType = "leader";
        m.entityId = e.entityId();
        String name = g.leaderName(e.entityId());
        m.entityName = name != null ? name : e.text();
        Term t = g.termOn(e.entityId(), date);
        m.inOffice = t != null;
        if (t == null) t = latestBefore(e.entityId());
        m.role = t == null ? null : t.role();
        m.countryCode = t != null && t.countryCode() != null ? t.countryCode() : e.countryCode();
        m.field = h.field;
        m.start = h.candidate.start();
        m.end = h.candidate.end();
        m.surface = h.text.substring(m.start, m.end);
        m.matchKind = e.kind();
        return m;
    }

    // Out of office: the role of the latest spell begun before the date (or the first one, if none).
    private Term latestBefore(String id) {
        Term best = null;
        for (Term t : g.terms(id)) {
            if (t.start() == null || !t.start().isAfter(date)) {
                if (best == null || best.start() == null || (t.start() != null && t.start().isAfter(best.start())))
                    best = t;
            }
        }
        if (best == null && !g.terms(id).isEmpty()) best = g.terms(id).get(0);
        return best;
    }
}
