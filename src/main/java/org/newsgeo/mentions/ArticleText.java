package org.newsgeo.mentions;

import java.util.Locale;
import java.util.regex.Pattern;

/** The whole article (title and body) in lower case, made once and only when a rule needs evidence. */
final class ArticleText {
    private final String title;
    private final String body;
    private String lower;

    ArticleText(String title, String body) {
        this.title = title == null ? "" : title;
        this.body = body == null ? "" : body;
    }

    private final java.util.Map<Pattern, Boolean> seen = new java.util.HashMap<>();
    private final java.util.Map<String, Boolean> people = new java.util.HashMap<>();

    /**
     * Is the name somewhere in the article written after a capitalised word that passes the test
     * (a given name: "Bill Holland", "Michael Jordan")? Then its bare uses are that person too.
     */
    boolean personNamed(String name, java.util.function.Predicate<String> givenName) {
        return people.computeIfAbsent(name, n -> occursAfterGivenName(title, n, givenName)
                || occursAfterGivenName(body, n, givenName));
    }

    private static boolean occursAfterGivenName(String text, String name, java.util.function.Predicate<String> given) {
        for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
            int end = at + name.length();
            if (end < text.length() && Character.isLetter(text.charAt(end))) continue;
            String prev = Neighbours.prevAdjacent(text, at);
            if (prev != null && prev.length() > 1 && Character.isUpperCase(prev.charAt(0))
                    && prev.chars().skip(1).allMatch(Character::isLowerCase) && given.test(prev)) return true;
        }
        return false;
    }

    private final java.util.Map<String, Boolean> contained = new java.util.HashMap<>();
    private WordFacts facts;
    private final java.util.Map<String, Boolean> lowerWords = new java.util.HashMap<>();

    private static boolean wholeWord(String text, String w) {
        for (int at = text.indexOf(w); at >= 0; at = text.indexOf(w, at + 1)) {
            int end = at + w.length();
            if ((at == 0 || !Character.isLetter(text.charAt(at - 1)))
                    && (end == text.length() || !Character.isLetter(text.charAt(end)))) return true;
        }
        return false;
    }

    private WordFacts facts() {
        if (facts == null) facts = new WordFacts(PlaceResolver.GIVEN, title, body);
        return facts;
    }

    /** Is the word written somewhere in the article in lower case ("nice", "split")? Then it is a common word. */
    boolean inLowerCase(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.equals(word)) return false;
        if (writtenInLowerCase(w)) return true;
        // "¿Cómo" at a sentence start is the word "como", not Como: the same letters without accents count.
        String plain = withoutMarks(w);
        return !plain.equals(w) && writtenInLowerCase(plain);
    }

    private boolean writtenInLowerCase(String w) {
        // Most articles ask about a few words: a scan each (String.indexOf is vectorised) costs less than
        // splitting the whole article into a word set, which only pays once many are asked.
        if (w.chars().allMatch(Character::isLetter) && ++letterWordQuestions > SCANS_BEFORE_WORD_SET) {
            return words().contains(w);
        }
        return lowerWords.computeIfAbsent(w, k -> wholeWord(title, k) || wholeWord(body, k));
    }

    private static String withoutMarks(String w) {
        boolean ascii = true;
        for (int i = 0; i < w.length() && ascii; i++) ascii = w.charAt(i) < 0x80;
        if (ascii) return w;
        String d = java.text.Normalizer.normalize(w, java.text.Normalizer.Form.NFD);
        StringBuilder b = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); i++) if (Character.getType(d.charAt(i)) != Character.NON_SPACING_MARK) b.append(d.charAt(i));
        return b.toString();
    }

    private static final int SCANS_BEFORE_WORD_SET = 16;
    private int letterWordQuestions;
    private java.util.Set<String> words;

    /** Every maximal run of letters in title and body that starts in lower case (the only ones asked for). */
    private java.util.Set<String> words() {
        if (words == null) {
            words = new java.util.HashSet<>();
            for (String t : new String[] {title, body}) {
                int start = -1;
                for (int i = 0; i <= t.length(); i++) {
                    boolean letter = i < t.length() && Character.isLetter(t.charAt(i));
                    if (letter && start < 0) start = i;
                    if (!letter && start >= 0) {
                        if (Character.isLowerCase(t.charAt(start))) words.add(t.substring(start, i));
                        start = -1;
                    }
                }
            }
        }
        return words;
    }

    /** Is the word used as a speaker somewhere ("Nelson says", "said Allen,")? Then it is a person's name. */
    boolean isSpeaker(String word) {
        if (++nameQuestions > SCANS_BEFORE_WORD_SET) return facts().speakers.contains(word);
        return WordFacts.isSpeaker(title, word) || WordFacts.isSpeaker(body, word);
    }

    /** Is the word somewhere right after a capitalised given-name-like word ("Florence Pugh")? */
    boolean afterGivenName(String word) {
        if (++nameQuestions > SCANS_BEFORE_WORD_SET) return facts().afterGivenName.contains(word);
        return WordFacts.afterGivenName(title, word, PlaceResolver.GIVEN)
                || WordFacts.afterGivenName(body, word, PlaceResolver.GIVEN);
    }

    private int nameQuestions;

    /** Does the text occur anywhere in the article, ignoring case? */
    boolean contains(String text) {
        if (lower == null) lower = (title + "\n" + body).toLowerCase(Locale.ROOT);
        if (text == null || text.isEmpty()) return false;
        return contained.computeIfAbsent(text, t -> lower.contains(t.toLowerCase(Locale.ROOT)));
    }

    /** Does the pattern occur anywhere in the article? Cached: rules ask once per candidate. */
    boolean find(Pattern p) {
        if (lower == null) lower = (title + "\n" + body).toLowerCase(Locale.ROOT);
        return seen.computeIfAbsent(p, k -> k.matcher(lower).find());
    }
}
