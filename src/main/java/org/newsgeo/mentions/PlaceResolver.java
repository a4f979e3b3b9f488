package org.newsgeo.mentions;

import org.newsgeo.gazetteer.Gazetteer;
import org.newsgeo.gazetteer.NameEntry;
import org.newsgeo.gazetteer.Place;

import java.util.List;
import java.util.Set;

/**
 * Picks which city or region a place name means, or leaves it out. Evidence, strongest first: a
 * qualifier right after it ("Paris, Texas", "DAYTON, Ohio", "Kharkiv, Ukraine"), a dateline, the
 * article's other countries and regions, then population (the most populous namesake wins) and, for
 * non-English articles, the language's main country as a weak prior. Names that are also common
 * words or given names (flagged ambiguous in the gazetteer, or written in lower case elsewhere in the
 * article, or standing next to another capitalised word) need a qualifier, a dateline or their country
 * in the article. When unsure, nothing is emitted.
 */
final class PlaceResolver {
    /** What the rest of the article says: its countries, its regions, where its language is at home. */
    record Context(Set<String> countries, Set<String> regions, LanguageHome home) {
    }

    // A single-word place this small, with nothing else in the article pointing to its country, is more
    // likely a word or a surname than the town.
    static final long SINGLE_WORD_MIN = 50_000;
    static final long SENTENCE_START_MIN = 100_000;
    static final long CASELESS_MIN = 500_000;
    static final long FOREIGN_SINGLE_WORD_MIN = 500_000;
    // Capitalised words after a place that make an institution of it, not a person ("Toronto Police").
    private static final Set<String> PLACE_WORDS = Set.of("Police", "Mayor", "Fire", "Transit", "Airport",
            "Council", "Governor", "Gov", "Senate", "Senator", "Legislature", "Attorney", "Port", "Metro", "Zoo",
            "Province", "Region", "Oblast", "County", "State",
            "Governorate", "District", "Prefecture", "Municipality");
    private static final Set<String> NOT_GIVEN = Set.of("The", "A", "An", "In", "Of", "From", "To", "For", "With",
            "And", "But", "On", "At", "By", "Near", "Into", "Outside", "Inside", "Across", "Central", "Northern",
            "Southern", "Eastern", "Western", "North", "South", "East", "West", "Downtown", "Greater", "Old", "New",
            "Upper", "Lower", "Visit", "Visiting", "While", "When", "Where", "Since", "After", "Before", "During");

    static final java.util.function.Predicate<String> GIVEN = w -> !NOT_GIVEN.contains(w) && w.length() > 1;

    private final Gazetteer g;

    PlaceResolver(Gazetteer g) {
        this.g = g;
    }

    /** The entry among places that a qualifier's entries (country or region names) point to, or null. */
    NameEntry byQualifier(List<NameEntry> places, List<NameEntry> qualifier) {
        NameEntry best = null;
        long bestPop = -1;
        for (NameEntry e : places) {
            Place p = g.place(e.entityId());
            if (p == null) continue;
            for (NameEntry q : qualifier) {
                boolean country = "country".equals(q.entityType()) && !"demonym".equals(q.kind())
                        && !"capital".equals(q.kind()) && q.countryCode().equals(p.country());
                boolean region = "region".equals(q.kind()) && q.entityId().equals(p.admin1());
                // "KHARKIV, Ukraine": the city before the region of the same name
                long weight = p.population() + ("city".equals(p.kind()) ? 1L << 40 : 0);
                if ((country || region) && !q.entityId().equals(e.entityId()) && weight > bestPop) {
                    best = e;
                    bestPop = weight;
                }
            }
        }
        return best;
    }

    /**
     * The most likely place for a name without a qualifier, or null to leave it out. s: the field text;
     * dateline: the name opens the body's dateline, which is a place by construction.
     */
    NameEntry choose(String s, boolean headline, Candidate c, List<NameEntry> places, boolean dateline,
                     Context ctx, ArticleText article) {
        NameEntry best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (NameEntry e : places) {
            Place p = g.place(e.entityId());
            if (p == null) continue;
            boolean known = ctx.countries().contains(p.country()) || ctx.regions().contains(p.admin1());
            if (e.ambiguous() && !dateline && !known) continue;
            double score = Math.log10(p.population() + 10.0)
                    + (ctx.countries().contains(p.country()) ? 2 : 0)
                    + (ctx.regions().contains(p.admin1()) ? 2 : 0)
                    + (p.country().equals(ctx.home().country()) ? 0.3 : 0)
                    + ("city".equals(p.kind()) ? 0.3 : 0);    // "Moscow" the city before Moscow Oblast
            if (score > bestScore) {
                best = e;
                bestScore = score;
            }
        }
        if (best == null || dateline) return best;
        Place p = g.place(best.entityId());
        String surface = s.substring(c.start(), c.end());
        boolean oneWord = surface.indexOf(' ') < 0 && surface.indexOf('-') < 0;
        boolean known = ctx.countries().contains(p.country()) || ctx.regions().contains(p.admin1());
        if ("region".equals(p.kind()) && "State".equals(Neighbours.nextAdjacent(s, c.end()))) return null;  // Colorado State University
        if ("region".equals(p.kind()) && surface.endsWith(" Department") && s.startsWith(" of ", c.end()))
            return null;                                      // Florida Department of Transportation (not Uruguay's)
        if (!headline && (oneWord || "region".equals(p.kind())) && isPerson(s, c, article))
            return null;                                                      // "Florence Pugh", "Nelson says"
        if (oneWord && (article.inLowerCase(surface) || Calendar.isMonthOrDay(surface))) return null;  // "nice", "March"
        if (oneWord && "city".equals(p.kind()) && NounMarkers.determinerBefore(ctx.home().language(), s, c.start()))
            return null;                                                      // "in der Lage", not "im Saarland"
        if (oneWord && surface.length() > 3 && surface.equals(surface.toUpperCase())) return null;    // "KOBE IN THE HOUSE"
        if (oneWord && c.end() + 1 < s.length() && s.charAt(c.end()) == '-' && Character.isLetter(s.charAt(c.end() + 1))
                && !s.startsWith("-based", c.end()))
            return null;                                                      // "Newton-meters"
        if (oneWord && !known && p.population() < SINGLE_WORD_MIN) return null;
        // In an article of another language, a foreign town named by one word, with nothing else in the
        // article pointing to its country, is more likely a word of that language (Corona, Deal, Eisen in German).
        if (oneWord && !known && !ctx.home().countries().isEmpty() && !ctx.home().countries().contains(p.country())
                && p.population() < FOREIGN_SINGLE_WORD_MIN) return null;
        // Scripts without capitals give no hint that a word is a name (Arabic ليل is Lille and "night"):
        // short or small places there need their country in the article.
        if (!known && caseless(surface) && (surface.codePointCount(0, surface.length()) <= 3
                || p.population() < CASELESS_MIN)) return null;
        if (oneWord && !headline && atSentenceStart(s, c.start()) && p.population() < SENTENCE_START_MIN) return null;
        return best;
    }

    private static final Set<String> SPEECH = Set.of("says", "said", "told", "wrote", "added", "explained", "asked",
            "argued", "noted", "recalled", "insisted");

    // A capitalised word right before (a given name) or after (a surname), a speech verb next to it, or the
    // same word after a given name elsewhere in the article make the name a person's.
    private static boolean isPerson(String s, Candidate c, ArticleText article) {
        String surface = s.substring(c.start(), c.end());
        String prev = Neighbours.prevAdjacent(s, c.start());
        String next = Neighbours.nextAdjacent(s, c.end());
        if (next != null && SPEECH.contains(next) || prev != null && SPEECH.contains(prev)) return true;
        if (article.isSpeaker(surface)) return true;                  // a speaker once, a person throughout
        if (article.afterGivenName(surface)) return true;
        return nextToName(s, c, prev, next);
    }

    private static boolean nextToName(String s, Candidate c, String prev, String next) {
        if (Neighbours.capitalised(prev) && !prev.endsWith(".") && !prev.endsWith("'s") && !NOT_GIVEN.contains(prev)
                && !prev.contains("-") && !prev.equals(prev.toUpperCase())) return true;
        return Neighbours.capitalised(next) && !PLACE_WORDS.contains(next) && !next.contains("'")
                && !next.equals(next.toUpperCase());
    }

    private static boolean caseless(String s) {
        return s.codePoints().noneMatch(c -> Character.isUpperCase(c) || Character.isLowerCase(c));
    }

    private static boolean atSentenceStart(String s, int start) {
        int i = start - 1;
        while (i >= 0 && (s.charAt(i) == ' ' || s.charAt(i) == '"' || s.charAt(i) == '\u201C' || s.charAt(i) == '(')) i--;
        return i < 0 || ".!?:\n\u3002".indexOf(s.charAt(i)) >= 0;
    }
}
