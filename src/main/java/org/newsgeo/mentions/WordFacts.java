package org.newsgeo.mentions;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What one pass over an article's words says about names, for place rules that ask about many names:
 * speakers ("Nelson says", "said Allen,") and words right after a capitalised given-name-like word
 * ("Florence Pugh" gives Pugh; "Kyle Reading" gives Reading). A hand-written scan that only copies
 * capitalised words: it runs once per article that asks many questions, and regular expressions cost
 * more. Articles that ask about a few words use {@link #isSpeaker(String, String)} and
 * {@link #afterGivenName(String, String, Predicate)}, which answer the same from the word's own
 * occurrences (found with the vectorised String.indexOf) without splitting the article.
 */
final class WordFacts {
    final Set<String> speakers = new HashSet<>();
    final Set<String> afterGivenName = new HashSet<>();

    WordFacts(Predicate<String> givenName, String... texts) {
        for (String t : texts) scan(t, givenName);
    }

    private void scan(String t, Predicate<String> given) {
        int n = t.length();
        String prev = null;          // previous word, when only one space separates it from this one
        boolean prevGiven = false;
        int i = 0;
        while (i < n) {
            if (!isWordChar(t.charAt(i))) {
                i++;
                continue;
            }
            int b = i;
            while (i < n && isWordChar(t.charAt(i))) i++;
            boolean cap = Character.isUpperCase(t.charAt(b));
            boolean adjacent = prev != null && b >= 1 && t.charAt(b - 1) == ' ' && (b < 2 || t.charAt(b - 2) != ' ');
            if (!cap) {                            // only "says"/"said" matter among lower-case words
                boolean verb = i - b == 4 && (t.startsWith("says", b) || t.startsWith("said", b));
                if (verb && adjacent && !"said".equals(prev)) speakers.add(prev);
                prevGiven = false;
                prev = verb && i < n && t.charAt(i) == ' ' ? "said" : null;
                continue;
            }
            String w = t.substring(b, i);
            if (adjacent && cap && prevGiven) afterGivenName.add(w);
            if (adjacent && "said".equals(prev) && cap && i < n && (t.charAt(i) == ',' || t.charAt(i) == '.')) speakers.add(w);
            boolean cleanStart = b == 0 || ".'-\u2019".indexOf(t.charAt(b - 1)) < 0;
            prevGiven = cap && cleanStart && w.length() > 1 && restLower(w) && (i >= n || t.charAt(i) == ' ') && given.test(w);
            prev = i < n && t.charAt(i) == ' ' ? w : null;
        }
    }

    /** Is w (a capitalised word) a speaker in t, exactly as the scan would find it? */
    static boolean isSpeaker(String t, String w) {
        if (!singleCapitalWord(w)) return false;
        for (int b = t.indexOf(w); b >= 0; b = t.indexOf(w, b + 1)) {
            int e = b + w.length();
            if (!wholeToken(t, b, e)) continue;
            // "Nelson says", "Nelson said": the next token is the verb, one space after
            if (e < t.length() && t.charAt(e) == ' ') {
                int nb = nextToken(t, e);
                int ne = tokenEnd(t, nb);
                if (nb >= 0 && ne - nb == 4 && adjacent(t, nb) && (t.startsWith("says", nb) || t.startsWith("said", nb))) {
                    return true;
                }
            }
            // "said Allen," / "says Allen."
            if (e < t.length() && (t.charAt(e) == ',' || t.charAt(e) == '.') && adjacent(t, b)) {
                int pe = prevTokenEnd(t, b);
                int pb = tokenStart(t, pe);
                if (pe >= 0 && pe < t.length() && t.charAt(pe) == ' ' && pe - pb == 4
                        && (t.startsWith("says", pb) || t.startsWith("said", pb))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Does w (a capitalised word) follow a given-name-like word in t, exactly as the scan would find it? */
    static boolean afterGivenName(String t, String w, Predicate<String> given) {
        if (!singleCapitalWord(w)) return false;
        for (int b = t.indexOf(w); b >= 0; b = t.indexOf(w, b + 1)) {
            if (!wholeToken(t, b, b + w.length()) || !adjacent(t, b)) continue;
            int pe = prevTokenEnd(t, b);
            if (pe < 0 || pe >= t.length() || t.charAt(pe) != ' ') continue;
            int pb = tokenStart(t, pe);
            String p = t.substring(pb, pe);
            boolean cleanStart = pb == 0 || ".'-\u2019".indexOf(t.charAt(pb - 1)) < 0;
            if (Character.isUpperCase(p.charAt(0)) && cleanStart && p.length() > 1 && restLower(p) && given.test(p)) {
                return true;
            }
        }
        return false;
    }

    private static boolean singleCapitalWord(String w) {
        if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) return false;
        for (int i = 0; i < w.length(); i++) if (!isWordChar(w.charAt(i))) return false;
        return true;
    }

    private static boolean wholeToken(String t, int b, int e) {
        return (b == 0 || !isWordChar(t.charAt(b - 1))) && (e == t.length() || !isWordChar(t.charAt(e)));
    }

    // one space before the token at b, not two (the scan's "adjacent")
    private static boolean adjacent(String t, int b) {
        return b >= 1 && t.charAt(b - 1) == ' ' && (b < 2 || t.charAt(b - 2) != ' ');
    }

    private static int nextToken(String t, int from) {
        for (int i = from; i < t.length(); i++) if (isWordChar(t.charAt(i))) return i;
        return -1;
    }

    private static int tokenEnd(String t, int b) {
        if (b < 0) return -1;
        int e = b;
        while (e < t.length() && isWordChar(t.charAt(e))) e++;
        return e;
    }

    // the end (exclusive) of the token before position b, or -1
    private static int prevTokenEnd(String t, int b) {
        int i = b;
        while (i > 0 && !isWordChar(t.charAt(i - 1))) i--;
        return i > 0 ? i : -1;
    }

    private static int tokenStart(String t, int e) {
        int b = e;
        while (b > 0 && isWordChar(t.charAt(b - 1))) b--;
        return b;
    }

    private static boolean restLower(String w) {
        for (int k = 1; k < w.length(); k++) if (!Character.isLowerCase(w.charAt(k))) return false;
        return true;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }
}
