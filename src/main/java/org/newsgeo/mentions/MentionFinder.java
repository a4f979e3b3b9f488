package org.newsgeo.mentions;

import org.newsgeo.gazetteer.Gazetteer;
import org.newsgeo.gazetteer.NameEntry;
import org.newsgeo.gazetteer.Term;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Finds every mention of countries, places and leaders in an article's title and body. Thread-safe
 * after construction: the name index is built once and only read.
 *
 * <p>Pipeline per field: fold the text ({@link NormalizedText}, with offsets back to the original),
 * walk a trie of all names from every word start ({@link NameIndex}: script-aware boundaries, case
 * endings of inflected languages, case rules), keep the leftmost-longest candidates, then resolve
 * countries and places in context ({@link Disambiguator}) and leaders across the whole article
 * ({@link LeaderResolver}). Capitals are reported as places of their country (entity_type place,
 * match_kind capital). Names inside organisation names ("Bank of Japan") stay country mentions with
 * match_kind in_name: GeoWebNews counts them (13 of 14 such predictions were right).
 */
public final class MentionFinder {
    private static volatile MentionFinder shared;

    private final Gazetteer g;
    // Latin-script names collide across languages and share prefixes, so each article language gets
    // its own small index of the Latin names it may use (built on first use); all other scripts share
    // one index. Fewer names on the path means fewer trie steps per word: the matcher's main cost.
    private final List<NameEntry> names;
    private final NameIndex nonLatin;
    private final Map<String, NameIndex> latin = new ConcurrentHashMap<>();
    private final Map<String, Predicate<NameEntry>> nonLatinGates = new ConcurrentHashMap<>();
    private final Set<String> sovereign;       // countries with leaders: states, not territories
    private final PlaceResolver places;

    public MentionFinder(Gazetteer g) {
        this.g = g;
        List<NameEntry> names = new ArrayList<>(g.names());
        names.addAll(Blockers.entries());
        this.names = names;
        this.nonLatin = new NameIndex(names.stream().filter(e -> !LanguageGate.isLatinName(e)).toList(), null);
        Set<String> states = new HashSet<>();
        for (String id : leaderIds(g)) for (Term t : g.terms(id)) if (t.countryCode() != null) states.add(t.countryCode());
        this.sovereign = Set.copyOf(states);
        this.places = new PlaceResolver(g);
    }

    private static Set<String> leaderIds(Gazetteer g) {
        Set<String> ids = new HashSet<>();
        for (NameEntry e : g.names()) if ("leader".equals(e.entityType())) ids.add(e.entityId());
        return ids;
    }

    /** The finder over the shipped gazetteer, built once per JVM (once per Spark executor). */
    public static MentionFinder shared() {
        MentionFinder f = shared;
        if (f == null) {
            synchronized (MentionFinder.class) {
                if (shared == null) shared = new MentionFinder(Gazetteer.get());
                f = shared;
            }
        }
        return f;
    }

    /**
     * Mentions in title and body, ordered by field (title first) and offset. Offsets are char offsets
     * into the strings given. language: ISO 639-1 or null (then names of every language are tried);
     * publishedDate: the day leaders' offices are looked up for, null = today.
     */
    public List<Mention> find(String title, String body, String language, LocalDate publishedDate) {
        LocalDate date = publishedDate == null ? LocalDate.now() : publishedDate;
        NameIndex latinIndex = latinIndex(language);
        Disambiguator rules = new Disambiguator(new ArticleText(title, body), language, sovereign,
                w -> isKnownName(w, latinIndex));
        List<Mention> out = new ArrayList<>();
        List<LeaderResolver.Hit> leaders = new ArrayList<>();
        Predicate<NameEntry> nonLatinGate = nonLatinGates.computeIfAbsent(language == null ? "" : language,
                k -> LanguageGate.ofNonLatin(k.isEmpty() ? null : k));
        PlacePass placePass = new PlacePass(body);
        scanField("title", title, latinIndex, nonLatinGate, rules, out, leaders, placePass);
        scanField("body", body, latinIndex, nonLatinGate, rules, out, leaders, placePass);
        Set<String> countries = new HashSet<>();
        for (Mention m : out) countries.add(m.countryCode);
        ArticleText article = rules.article();
        placePass.resolve(countries, LanguageHome.of(language), rules, places, article,
                p -> p.people().stream().anyMatch(e -> "fullname".equals(e.kind())
                        || article.contains(g.leaderName(e.entityId()))), new PlacePass.Sink() {
            @Override
            public void place(PlacePass.Pending p, Candidate c, Disambiguator.Choice choice) {
                out.add(MentionFinder.this.place(p.field(), p.text(), c, choice));
            }

            @Override
            public void person(PlacePass.Pending p) {
                leaders.add(new LeaderResolver.Hit(p.field(), p.text(), p.headline(), p.c(), p.people()));
            }
        });
        out.addAll(new LeaderResolver(g, date).resolve(leaders));
        out.sort(Comparator.comparing((Mention m) -> "title".equals(m.field) ? 0 : 1).thenComparingInt(m -> m.start));
        return out;
    }

    /** The countries an article is about, most central first; see {@link FocusCountries}. */
    public static List<String> focusCountries(List<Mention> mentions, int max) {
        return FocusCountries.rank(mentions, max);
    }

    private boolean isKnownName(String word, NameIndex latinIndex) {
        List<Candidate> found = new ArrayList<>();
        latinIndex.collect(word, NormalizedText.of(word), found);
        return found.stream().anyMatch(c -> c.start() == 0 && c.end() == word.length());
    }

    private NameIndex latinIndex(String language) {
        String key = language == null || language.isBlank() ? "" : language.toLowerCase(java.util.Locale.ROOT);
        return latin.computeIfAbsent(key, k -> {
            Predicate<NameEntry> gate = LanguageGate.of(k.isEmpty() ? null : k);
            return new NameIndex(names.stream().filter(e -> LanguageGate.isLatinName(e) && gate.test(e)).toList(),
                    k.isEmpty() ? null : k);
        });
    }

    private void scanField(String field, String text, NameIndex latinIndex, Predicate<NameEntry> nonLatinGate,
                           Disambiguator rules,
                           List<Mention> out, List<LeaderResolver.Hit> leaders, PlacePass placePass) {
        if (text == null || text.isEmpty()) return;
        boolean headline = "title".equals(field) && Neighbours.titleCase(text);
        NormalizedText folded = NormalizedText.of(text);
        List<Candidate> found = new ArrayList<>();
        latinIndex.collect(text, folded, found);
        List<Candidate> other = new ArrayList<>();
        nonLatin.collect(text, folded, other);
        for (Candidate c : other) {
            List<NameEntry> kept = c.entries().stream().filter(nonLatinGate).toList();
            if (!kept.isEmpty()) found.add(new Candidate(c.start(), c.end(), c.keyLength(), kept));
        }
        List<Candidate> selected = NameIndex.select(found);
        for (int i = 0; i < selected.size(); i++) {
            Candidate c = selected.get(i);
            // one pass over the entries (this runs for every candidate: no streams)
            boolean blocked = false;
            boolean countryName = false;
            List<NameEntry> people = List.of();
            List<NameEntry> subs = List.of();
            List<NameEntry> places = List.of();
            for (NameEntry e : c.entries()) {
                switch (e.entityType() == null ? "" : e.entityType()) {
                    case "block" -> blocked = true;
                    case "leader" -> people = with(people, e);
                    case "place" -> subs = with(subs, e);
                    case "country" -> {
                        places = with(places, e);
                        countryName |= !"capital".equals(e.kind());
                    }
                    default -> { }
                }
            }
            if (!countryName && (!subs.isEmpty() || !places.isEmpty())) {
                // Capitals, cities and regions wait until the article's countries are known ("Paris, Texas").
                placePass.add(new PlacePass.Pending(field, text, headline, c, subs, places, people,
                        PlacePass.qualifier(text, selected, i)));
                continue;
            }
            if (blocked) continue;
            if (!places.isEmpty()) {
                Disambiguator.Choice ch = rules.resolve(text, headline, c, places);
                if (ch != null) {
                    out.add(place(field, text, c, ch));
                    continue;
                }
            }
            if (!people.isEmpty()) leaders.add(new LeaderResolver.Hit(field, text, headline, c, people));
        }
    }

    private static List<NameEntry> with(List<NameEntry> list, NameEntry e) {
        List<NameEntry> out = list.isEmpty() ? new ArrayList<>(2) : list;
        out.add(e);
        return out;
    }

    private Mention place(String field, String text, Candidate c, Disambiguator.Choice ch) {
        NameEntry e = ch.entry();
        Mention m = new Mention();
        boolean country = "country".equals(e.entityType()) && !isPlaceKind(e.kind());
        m.entityType = country ? "country" : "place";
        m.countryCode = ch.countryCode();
        m.entityId = country ? ch.countryCode() : e.entityId();
        String name = country ? g.countryName(ch.countryCode()) : placeName(e);
        m.entityName = name != null ? name : e.text();
        m.field = field;
        m.start = c.start();
        m.end = c.end();
        m.surface = text.substring(c.start(), c.end());
        m.matchKind = ch.matchKind();
        return m;
    }

    private String placeName(NameEntry e) {
        org.newsgeo.gazetteer.Place p = "place".equals(e.entityType()) ? g.place(e.entityId()) : null;
        return p == null || p.name().isEmpty() ? null : p.name();
    }

    // A capital or city listed under its country is a place resolved to that country.
    private static boolean isPlaceKind(String kind) {
        return "capital".equals(kind) || "city".equals(kind) || "region".equals(kind);
    }
}
