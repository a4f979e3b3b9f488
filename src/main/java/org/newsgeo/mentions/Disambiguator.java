package org.newsgeo.mentions;

import org.newsgeo.gazetteer.NameEntry;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Picks what a matched country or place name means in its context, or drops it. The rules are the
 * known traps of news text (each is pinned by a test): Georgia the US state, Jordan/Chad/Washington
 * as people, turkey the bird, the two Congos, plain Korea, language names read as demonyms, names
 * inside organisation names (kept, as match_kind in_name: GeoWebNews counts "Bank of Japan").
 */
final class Disambiguator {
    /** What a candidate resolved to. */
    record Choice(NameEntry entry, String countryCode, String matchKind) {
    }

    // Country names that are also common given names or US place names, whatever the gazetteer says.
    private static final Set<String> PERSONLIKE = Set.of("jordan", "chad", "georgia", "washington", "israel",
            "india", "jersey");
    // Capitalised words that may stand right before a country name without making it a person's name.
    private static final Set<String> NOT_FIRST_NAMES = Set.of("the", "a", "an", "in", "of", "from", "to", "for", "with",
            "and", "but", "on", "at", "by", "as", "across", "into", "inside", "outside", "near", "like", "unlike",
            "both", "all", "neighbouring", "neighboring", "northern", "southern", "eastern", "western", "central",
            "north", "south", "east", "west", "republic", "kingdom", "king", "queen", "president", "minister",
            "visit", "visiting", "while", "when", "if", "that", "says", "said", "where", "although", "because",
            "after", "before", "since", "until", "during", "against", "between", "than", "or", "nor", "so",
            "why", "how", "what", "neither", "either", "only", "even", "also", "then", "now", "today", "yesterday");
    private static final Set<String> NOT_SURNAMES = Set.of("king", "queen", "president", "prime", "minister",
            "foreign", "government", "state", "on", "in", "and", "is", "was", "has", "had", "will",
            "city", "valley", "river", "border", "army", "military", "forces", "police", "parliament", "national");
    private static final Set<String> ORG_WORDS = Set.of("airways", "airlines", "air", "times", "post", "telecom",
            "today", "daily", "railways", "bank", "television", "tv", "radio", "herald", "tribune", "express");
    private static final Pattern LANGUAGE_NEXT = Pattern.compile("^(-| )(language|languages|speaking|speaker|"
            + "speakers|translation|subtitles|dialect|version|edition|-language)\\b");
    private static final Set<String> LANGUAGE_PREV = Set.of("in", "into", "speak", "speaks", "speaking", "spoke",
            "spoken", "fluent", "learn", "learning", "teach", "taught", "study", "studying", "studied");
    private static final Pattern FOOD = Pattern.compile("roast|thanksgiving|stuffing|gravy|sandwich|dinner|bacon|"
            + "breast|meat|cook|oven|feast|carv|pardon|turkeys|poultry|\\bbird|deli\\b|recipe|christmas|sliced");
    private static final Pattern SUPERMARKET = Pattern.compile("supermarket|frozen food|store|retailer|shop");
    private static final Pattern US_GEORGIA = Pattern.compile("atlanta|savannah|augusta|macon|\\bgov\\.|governor|"
            + "u\\.s\\. state|peach state|kemp\\b|fulton county|abrams|georgia tech|alabama|florida|carolina|"
            + "tennessee|republican|democrat|county");
    private static final Pattern CAUCASUS_GEORGIA = Pattern.compile("tbilisi|georgian|caucasus|abkhaz|ossetia|"
            + "saakashvili|garibashvili|kobakhidze|ivanishvili|zourabichvili|black sea|kremlin|moscow");
    private static final Pattern NORTH_KOREA = Pattern.compile("pyongyang|north korea|kim jong|dprk|북한|朝鲜|"
            + "северн|corée du nord|corea del norte|nordkorea|korea utara");
    private static final Pattern SOUTH_KOREA = Pattern.compile("seoul|south korea|yoon suk|moon jae|서울|韩国|"
            + "южн|corée du sud|corea del sur|südkorea|korea selatan|대한민국");
    private static final Pattern KINSHASA = Pattern.compile("kinshasa|tshisekedi|kabila|goma\\b|\\bdrc\\b|"
            + "democratic republic|\\bdr congo|kivu|lubumbashi|\\brdc\\b");
    private static final Pattern BRAZZAVILLE = Pattern.compile("brazzaville|sassou|pointe-noire");

    private final ArticleText article;
    private final boolean english;
    private final boolean vietnamese;
    private final boolean german;
    private final Set<String> sovereign;
    private final java.util.function.Predicate<String> knownWords;

    /** language: the article's, or null when unknown (English rules then apply). */
    Disambiguator(ArticleText article, String language, Set<String> sovereign,
                  java.util.function.Predicate<String> knownWords) {
        this.article = article;
        this.knownWords = knownWords;
        this.sovereign = sovereign;
        this.english = language == null || language.equals("en");
        this.vietnamese = "vi".equals(language);
        this.german = "de".equals(language);
    }

    ArticleText article() {
        return article;
    }

    /** The meaning of a country/place candidate in field text s, or null to drop it. */
    Choice resolve(String s, boolean headline, Candidate c, List<NameEntry> entries) {
        NameEntry e = preferred(entries);
        String folded = NormalizedText.fold(s.substring(c.start(), c.end()));
        String code = e.countryCode();
        String kind = e.kind();
        String prev = Neighbours.prevAdjacent(s, c.start());
        String next = Neighbours.nextAdjacent(s, c.end());
        boolean personlike = e.ambiguous() || english && PERSONLIKE.contains(folded);

        if ("demonym".equals(kind) && isLanguage(s, c, prev)) return null;
        // German names a language by the capitalised bare adjective: Deutsch als Fremdsprache, auf Englisch
        // (deutsch-französisch, with a hyphen, stays the country).
        if (german && "demonym".equals(kind) && isGermanLanguageName(s.substring(c.start(), c.end()))
                && !s.startsWith("-", c.end())) return null;
        // Vietnamese names are runs of capitalised syllables, some of them country names (Đức is Germany,
        // Hồ Đức Phớc a minister): a one-syllable name right after a capitalised syllable is a person's.
        if (vietnamese && !headline && folded.indexOf(' ') < 0 && Neighbours.capitalised(prev)) return null;
        boolean acronym = s.substring(c.start(), c.end()).equals(s.substring(c.start(), c.end()).toUpperCase());
        if (personlike && !headline && !acronym && isPersonName(prev, next, folded)) return null;
        if (personlike && english && !acronym
                && article.personNamed(s.substring(c.start(), c.end()), w -> !NOT_FIRST_NAMES.contains(w.toLowerCase())
                && !isCountryWord(w))) return null;
        if (folded.equals("georgia") && "GE".equals(code) && isUsGeorgia(s, c, prev, next)) return null;
        if (folded.startsWith("turkey") && FOOD.matcher(window(s, c, 60)).find()) return null;
        if (folded.equals("iceland") && SUPERMARKET.matcher(window(s, c, 60)).find()) return null;
        if (folded.equals("washington") && next != null && next.toLowerCase().startsWith("state")) return null;
        if (hasCode(entries, "CD", "CG") || folded.equals("congo")) {
            String cg = congo(s, c);
            if (cg != null) code = cg;
        }
        boolean plainKorea = hasCode(entries, "KR") && hasCode(entries, "KP") || e.ambiguous() && hasCode(entries, "KR", "KP");
        if (plainKorea && !folded.contains("north") && !folded.contains("south")) {
            code = korea(entries, code);
        }
        if (isInName(s, c, prev, next)) kind = "in_name";
        return new Choice(e, code, kind);
    }

    // Countries before places, names before aliases and demonyms: the most literal reading first.
    private NameEntry preferred(List<NameEntry> entries) {
        NameEntry best = entries.get(0);
        for (NameEntry x : entries) if (rank(x) < rank(best)) best = x;
        return best;
    }

    // A form shared by a state and a territory ("American": US and MP) means the state: states are
    // the countries that have leaders in the gazetteer.
    private int rank(NameEntry e) {
        int r = "country".equals(e.entityType()) ? 0 : 10;
        r += sovereign.contains(e.countryCode()) ? 0 : 3;
        return r + (e.ambiguous() ? 5 : 0) + ("name".equals(e.kind()) ? 0 : 1);
    }

    // "Syria Jordan" is not a person: a capitalised word that is itself a known name is not a given name.
    private boolean isCountryWord(String w) {
        return knownWords.test(w);
    }

    private static boolean isGermanLanguageName(String surface) {
        return !surface.isEmpty() && Character.isUpperCase(surface.charAt(0)) && surface.indexOf(' ') < 0
                && (surface.endsWith("isch") || surface.equals("Deutsch"));
    }

    private static boolean isLanguage(String s, Candidate c, String prev) {
        String after = Neighbours.after(s, c.end(), 20);
        if (LANGUAGE_NEXT.matcher(after).find()) return true;
        if (prev == null || !LANGUAGE_PREV.contains(prev.toLowerCase())) return false;
        return after.isEmpty() || !Character.isLetter(after.charAt(0)) && !after.startsWith(" ")
                || after.matches("^ (and|or|as|but|with|is|was)\\b.*") || after.matches("^[,.;:)!?].*");
    }

    // "Michael Jordan", "Denzel Washington", "Jordan Peterson", "Chad Smith", "Georgia Tech".
    private static boolean isPersonName(String prev, String next, String folded) {
        if (Neighbours.capitalised(prev) && !prev.endsWith(".") && !prev.endsWith("'s")
                && !NOT_FIRST_NAMES.contains(prev.toLowerCase())) return true;
        if (folded.equals("israel") || folded.equals("india") || folded.equals("china")) return false;
        return Neighbours.capitalised(next) && !next.contains("'") && !NOT_SURNAMES.contains(next.toLowerCase())
                && !ORG_WORDS.contains(next.toLowerCase()) && !next.equals(next.toUpperCase());
    }

    private boolean isUsGeorgia(String s, Candidate c, String prev, String next) {
        String before = Neighbours.before(s, c.start(), 30);
        String after = Neighbours.after(s, c.end(), 20);
        boolean caucasus = article.find(CAUCASUS_GEORGIA);
        if (!caucasus && c.start() >= 2 && s.startsWith(", ", c.start() - 2)) {   // "Atlanta, Georgia"
            String city = Neighbours.wordBefore(s, c.start() - 2);
            if (Neighbours.capitalised(city) && !knownWords.test(city)) return true;  // not "Armenia, Georgia"
        }
        if (before.endsWith("state of ") || before.endsWith("gov. ")) return true;
        if (after.matches("^(, u\\.s\\.|, usa|'s governor| governor| state| tech| bulldogs| senate| house| "
                + "republican| democrat| power| peach| secretary| county).*")) return true;
        return article.find(US_GEORGIA) && !caucasus;
    }

    private String congo(String s, Candidate c) {
        String before = Neighbours.before(s, c.start(), 30);
        String after = Neighbours.after(s, c.end(), 15);
        if (before.matches("(?s).*(democratic republic of( the)?|dr|d\\.r\\.) $") || after.startsWith("-kinshasa"))
            return "CD";
        if (after.startsWith("-brazzaville") || before.matches("(?s).*republic of( the)? $")) return "CG";
        boolean k = article.find(KINSHASA);
        boolean b = article.find(BRAZZAVILLE);
        return b && !k ? "CG" : "CD";
    }

    private String korea(List<NameEntry> entries, String code) {
        boolean both = hasCode(entries, "KR") && hasCode(entries, "KP");
        if (!both && !"KR".equals(code)) return code;
        return article.find(NORTH_KOREA) && !article.find(SOUTH_KOREA) ? "KP" : "KR";
    }

    private static boolean isInName(String s, Candidate c, String prev, String next) {
        String before = Neighbours.before(s, c.start(), 10);
        if (before.endsWith("bank of ") || "Air".equals(prev)) return true;
        return next != null && ORG_WORDS.contains(next.toLowerCase()) && Neighbours.capitalised(next);
    }

    private static boolean hasCode(List<NameEntry> entries, String... codes) {
        for (NameEntry e : entries) for (String k : codes) if (k.equals(e.countryCode())) return true;
        return false;
    }

    private static String window(String s, Candidate c, int n) {
        return Neighbours.before(s, c.start(), n) + " " + Neighbours.after(s, c.end(), n);
    }
}
