package org.newsgeo.mentions;

import org.newsgeo.extract.meta.Datelines;
import org.newsgeo.gazetteer.NameEntry;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Places of one article, resolved after its countries are known: a city is read in the light of the
 * article's other countries and regions, so candidates naming cities, regions or capitals wait here
 * until both fields have been scanned. Names that are country names never come here: countries keep
 * precedence. The body's dateline ("KHARKIV, Ukraine —", "Beijing:") marks its first place.
 */
final class PlacePass {
    /** A waiting candidate: where it is, its entries by role, and the candidate right after ", ". */
    record Pending(String field, String text, boolean headline, Candidate c, List<NameEntry> places,
                   List<NameEntry> capitals, List<NameEntry> people, Candidate qualifier) {
    }

    /** What becomes of a pending candidate. */
    interface Sink {
        void place(Pending p, Candidate c, Disambiguator.Choice choice);

        void person(Pending p);
    }

    private final List<Pending> pending = new ArrayList<>();
    private final int datelineStart;
    private final int datelineEnd;

    PlacePass(String body) {
        String place = Datelines.find(body);
        int at = -1;
        if (place != null) {
            int i = 0;
            while (i < body.length() && Character.isWhitespace(body.charAt(i))) i++;
            if (body.startsWith(place, i)) at = i;
        }
        datelineStart = at;
        datelineEnd = at < 0 ? -1 : at + place.length();
    }

    void add(Pending p) {
        pending.add(p);
    }

    boolean opensDateline(Pending p) {
        return "body".equals(p.field()) && (p.c().start() == datelineStart || creditedLine(p.text(), p.c()));
    }

    private static final java.util.regex.Pattern CREDIT = java.util.regex.Pattern.compile("^ ?\\((AP|Reuters|AFP|"
            + "dpa|Xinhua|Bloomberg|UPI|CNN|BBC|ANSA|EFE|TASS|RIA|Kyodo|Yonhap|Bernama|PTI|IANS)\\)");

    // "BOSTON (Reuters) - " later than the first line (after a byline) is a dateline too.
    private static boolean creditedLine(String s, Candidate c) {
        String name = s.substring(c.start(), c.end());
        if (!name.equals(name.toUpperCase()) || name.equals(name.toLowerCase())) return false;
        if (!CREDIT.matcher(s.substring(c.end(), Math.min(s.length(), c.end() + 12))).find()) return false;
        int i = c.start() - 1;
        while (i >= 0 && s.charAt(i) == ' ') i--;
        return i < 0 || ".\n".indexOf(s.charAt(i)) >= 0;
    }

    /** Resolves every waiting candidate; countries: the codes the article's country mentions gave. */
    void resolve(Set<String> countries, LanguageHome home, Disambiguator rules, PlaceResolver resolver,
                 ArticleText article, java.util.function.Predicate<Pending> leaderFirst, Sink sink) {
        Set<String> known = new HashSet<>(countries);
        List<Pending> rest = new ArrayList<>();
        for (Pending p : pending) {
            boolean dateline = opensDateline(p);
            NameEntry q = p.qualifier() == null ? null : resolver.byQualifier(p.places(), p.qualifier().entries());
            if (q != null) {
                emit(sink, p, q, q.countryCode(), dateline ? "dateline" : q.kind(), known);
            } else if (!p.capitals().isEmpty()) {
                Disambiguator.Choice ch = rules.resolve(p.text(), p.headline(), p.c(), p.capitals());
                if (ch != null) {
                    known.add(ch.countryCode());
                    sink.place(p, p.c(), dateline ? new Disambiguator.Choice(ch.entry(), ch.countryCode(), "dateline") : ch);
                } else if (!p.people().isEmpty()) {
                    sink.person(p);
                }
            } else {
                rest.add(p);
            }
        }
        Set<String> regions = new HashSet<>();
        for (Pending p : rest) {
            Set<String> ids = new HashSet<>();
            for (NameEntry e : p.places()) ids.add("region".equals(e.kind()) && !e.ambiguous() ? e.entityId() : "-");
            if (ids.size() == 1 && !ids.contains("-")) regions.addAll(ids);
        }
        PlaceResolver.Context ctx = new PlaceResolver.Context(known, regions, home);
        for (Pending p : rest) {
            boolean dateline = opensDateline(p);
            // A leader's name that is also a town is the leader when the article names that leader in full.
            NameEntry e = !leaderFirst.test(p) || dateline
                    ? resolver.choose(p.text(), p.headline(), p.c(), p.places(), dateline, ctx, article) : null;
            if (e != null) emit(sink, p, e, e.countryCode(), dateline ? "dateline" : e.kind(), null);
            else if (!p.people().isEmpty()) sink.person(p);
        }
    }

    private static void emit(Sink sink, Pending p, NameEntry e, String code, String kind, Set<String> known) {
        if (known != null) known.add(code);
        sink.place(p, p.c(), new Disambiguator.Choice(e, code, kind));
    }

    /** The candidate that follows c after a comma ("Paris, Texas"), among the field's selected candidates. */
    static Candidate qualifier(String text, List<Candidate> selected, int i) {
        if (i + 1 >= selected.size()) return null;
        Candidate c = selected.get(i);
        Candidate n = selected.get(i + 1);
        int gap = n.start() - c.end();
        boolean comma = (gap == 2 || gap == 3) && text.charAt(c.end()) == ','
                && text.substring(c.end() + 1, n.start()).isBlank();
        return comma ? n : null;
    }
}
