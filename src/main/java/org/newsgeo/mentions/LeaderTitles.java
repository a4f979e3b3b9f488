package org.newsgeo.mentions;

import java.util.HashSet;
import java.util.Set;

/**
 * Words that stand before (or, in Chinese and Japanese, after) a leader's surname and make a bare
 * surname a reference to the office holder: "President Xi", "Presiden Jokowi", "Mr Putin", "普京总统".
 * Folded like the text. Not a data set anywhere we could read, so kept short and per language.
 */
final class LeaderTitles {
    private static final Set<String> BEFORE = new HashSet<>();
    private static final Set<String> AFTER = new HashSet<>();

    static {
        for (String w : ("president mr mrs ms dr premier chancellor minister secretary king queen emir sheikh "
                + "leader pm prince sultan "
                + "presiden menlu menteri kanselir perdana bapak pak ibu raja "                       // id, ms
                + "presidente canciller ministro primer primeiro señor senhor rey rei "              // es, pt
                + "président présidente ministre chancelier premier m. roi "                         // fr
                + "präsident präsidentin kanzler kanzlerin bundeskanzler außenminister herr frau "    // de
                + "prezydent premier minister pan pani "                                            // pl
                + "президент премьер министр глава канцлер г-н "                                    // ru
                + "президента президентом президенту міністр прем'єр "                              // ru, uk
                + "cumhurbaşkanı başbakan bakan "                                                   // tr
                + "الرئيس رئيس وزير الملك الأمير "                                                  // ar
                + "رئیس‌جمهور رئیس وزیر "                                                           // fa
                + "presidente primo ").split(" ")) {
            if (!w.isBlank()) BEFORE.add(NormalizedText.fold(w));
        }
        for (String w : "总统 主席 总理 外长 部长 首相 大統領 外相 国家主席 대통령 총리".split(" ")) AFTER.add(w);
    }

    private LeaderTitles() {
    }

    /** Is the word before a surname (or the text right after it, for CJK) a leader's title? */
    static boolean titled(String prevWord, String after) {
        if (prevWord != null && BEFORE.contains(NormalizedText.fold(prevWord.replace(".", "")))) return true;
        if (prevWord != null && BEFORE.contains(NormalizedText.fold(prevWord))) return true;
        if (after != null) {
            for (String t : AFTER) if (after.startsWith(t)) return true;
        }
        return false;
    }

    static boolean isTitle(String word) {
        return word != null && (BEFORE.contains(NormalizedText.fold(word)) || BEFORE.contains(NormalizedText.fold(word.replace(".", ""))));
    }
}
