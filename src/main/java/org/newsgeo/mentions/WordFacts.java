package org.newsgeo.mentions;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What one pass over an article's words says about names, for place rules that ask about many names:
 * speakers ("Nelson says", "said Allen,") and words right after a capitalised given-name-like word
 * ("Florence Pugh" gives Pugh; "Kyle Reading" gives Reading). A hand-written scan that only copies
 * capitalised words: it runs once per article that has places, and regular expressions cost more.
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

    private static boolean restLower(String w) {
        for (int k = 1; k < w.length(); k++) if (!Character.isLowerCase(w.charAt(k))) return false;
        return true;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }
}
