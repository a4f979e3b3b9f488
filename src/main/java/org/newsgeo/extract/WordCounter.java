package org.newsgeo.extract;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

/** Counts words with ICU's dictionary-based word breaks, so Chinese, Japanese and Thai count too. */
final class WordCounter {
    private static final ThreadLocal<BreakIterator> WORDS =
            ThreadLocal.withInitial(() -> BreakIterator.getWordInstance(ULocale.ROOT));

    private WordCounter() {
    }

    static int count(String text) {
        BreakIterator it = WORDS.get();
        it.setText(text);
        int n = 0;
        it.first();
        for (int end = it.next(); end != BreakIterator.DONE; end = it.next()) {
            if (it.getRuleStatus() >= BreakIterator.WORD_NUMBER) n++;
        }
        return n;
    }
}
