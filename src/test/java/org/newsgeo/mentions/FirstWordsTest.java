package org.newsgeo.mentions;

import org.junit.jupiter.api.Test;
import org.newsgeo.gazetteer.Gazetteer;
import org.newsgeo.gazetteer.NameEntry;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The word filter in front of the trie: never a false negative, and it keeps common words out. */
class FirstWordsTest {
    private static boolean passes(FirstWords w, String text) {
        NormalizedText t = NormalizedText.of(text);
        return w.mayStart(t.chars, t.length, 0);
    }

    @Test
    void everyShippedNamePassesAsWrittenAndWithWordsAfterIt() {
        FirstWords w = new FirstWords();
        int n = 0;
        for (NameEntry e : Gazetteer.get().names()) {
            w.add(NormalizedText.fold(e.text()), (n++ & 1) == 0);
        }
        w.freeze();
        for (NameEntry e : Gazetteer.get().names()) {
            String key = NormalizedText.fold(e.text());
            if (key.isEmpty() || !FirstWords.spacedWord(key.charAt(0))) continue;
            assertTrue(passes(w, key), key);
            assertTrue(passes(w, key + " and more"), key);
        }
    }

    @Test
    void wholeWordsContinuationsAndCaseEndings() {
        FirstWords w = new FirstWords();
        w.add("the abode of peace", false);
        w.add("iran", false);
        w.add("russian", true);
        w.add("rossi", true);                        // a stem (Россия minus its ending, folded)
        w.freeze();
        assertTrue(passes(w, "the abode of peace"));
        assertFalse(passes(w, "the said"));          // "the" alone no longer walks the trie
        assertTrue(passes(w, "iran's"));
        assertFalse(passes(w, "iranian"));            // iran takes no endings
        assertTrue(passes(w, "russians"));
        assertTrue(passes(w, "rossii"));
        assertFalse(passes(w, "ro"));
    }
}
