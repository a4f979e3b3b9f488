package org.newsgeo.mentions;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Case endings of the inflected languages, so that a dictionary of nominative names also finds
 * России, Россией, Rosji, Ukrainy, Německa, Suomen, Venäjällä or بروسيا.
 *
 * <p>How it works: a name of an inflected language is stored twice in the automaton, as written and
 * as a stem (the name minus one of the language's nominative endings, when the stem keeps at least
 * {@link #MIN_STEM} letters). A match of either may run on to the end of the word only when the rest
 * of the word is one of the language's endings below. Tables are in plain spelling and folded like the
 * text (so ą is a, й is и). Turkish case suffixes follow an apostrophe (Türkiye'nin), which is a word
 * boundary anyway; the few written without one are listed. Arabic and Hebrew glue one-letter
 * prefixes (و ب ل ف ك, ال; ו ב ל מ ה ש) to the front: {@link #prefixes} says which the matcher may skip.
 */
final class Inflections {
    static final int MIN_STEM = 4;

    private record Table(List<String> stemEndings, Set<String> suffixes) {
    }

    private static final Map<String, Table> TABLES = new HashMap<>();

    static {
        add("ru", "а я о ь й ия", "а я у ю е и ы ой ей ом ем ью ию ия ии ией ою ею ам ям ах ях ами ями");
        add("uk", "а я о ь й ія", "а я у ю е і и ї ой ою ею єю ом ем ія ії ію ією ам ям ах ях");
        add("be", "а я ь", "а я у ю е і ы ой ай ёй ю ем ам");
        add("bg", "", "та ът а");
        add("sr", "а ја", "а е и у ом ом ој ији ија");
        add("hr", "a ja", "a e i u om oj ji ja ju jom");
        add("sl", "a ja", "a e i o u ji jo ja");
        add("pl", "a o y e ia ja", "a i y e ie ę ą u om em ii ji ją ję ia ią ię ach ami owi ów");
        add("cs", "o a ie ko", "a u e ě em o y i ou ii ie ko ka ku kem ku");
        add("sk", "o a", "a u e om ou y i");
        add("lt", "a as ija", "a os ai ą oje ija ijos ijai iją ijoje as o ui e");
        add("lv", "a ija", "a as ai u ā ijas ijai iju ijā");
        add("fi", "i", "n a ä ta tä lla llä lle lta ltä ssa ssä sta stä an än en in on un hin ksi na nä "
                + "en ea essa esta een elle ella elta eksi ena");
        add("et", "", "s st le lt l ks ga ni ta");
        add("hu", "", "ba be ban ben ból ből ra re ról ről nak nek val vel hoz hez höz ig t ot et öt i");
        add("tr", "", "da de ta te dan den tan ten ya ye yı yi yu yü nın nin nun nün la le lı li lu lü "
                + "ın in un ün ı i u ü");
        add("el", "α η ος", "α ας ες η ης ος ου ο ο");
        add("ar", "", "ي ية يون يين يا");
        add("fa", "", "ی ای");
        add("he", "", "ית י");
        add("de", "", "s");
        add("en", "", "");
        add("en-demonym", "", "s");       // Russians, Canadians: the plural of a listed adjective
        add("id", "", "");
    }

    private static void add(String lang, String endings, String suffixes) {
        List<String> e = endings.isBlank() ? List.of()
                : java.util.Arrays.stream(endings.trim().split(" +")).map(NormalizedText::fold).toList();
        Set<String> s = new HashSet<>();
        s.add("");
        for (String x : suffixes.trim().split(" +")) if (!x.isEmpty()) s.add(NormalizedText.fold(x));
        TABLES.put(lang, new Table(e, s));
    }

    private Inflections() {
    }

    static boolean inflected(String lang) {
        Table t = TABLES.get(lang);
        return t != null && t.suffixes.size() > 1;
    }

    /**
     * Does this name take the language's endings? German has only the genitive -s, which on town names
     * mostly spells other words (Bundes, Maus, Hamas from Bünde, Mau, Hama): there only country and
     * leader names take it (Deutschlands, Merkels).
     */
    static boolean appliesTo(String lang, org.newsgeo.gazetteer.NameEntry e) {
        if (!"de".equals(lang)) return true;
        return "leader".equals(e.entityType()) || "country".equals(e.entityType()) && !"capital".equals(e.kind());
    }

    /** Stems of a folded name (without the name itself), shortest ending first. */
    static List<String> stems(String lang, String folded) {
        Table t = TABLES.get(lang);
        if (t == null) return List.of();
        List<String> out = new java.util.ArrayList<>();
        for (String e : t.stemEndings) {
            if (folded.endsWith(e) && folded.length() - e.length() >= MIN_STEM
                    && !folded.contains(" ") == !folded.substring(0, folded.length() - e.length()).contains(" ")) {
                out.add(folded.substring(0, folded.length() - e.length()));
            }
        }
        return out;
    }

    /** May a name of this language be followed, inside the same word, by this rest? */
    static boolean allows(String lang, char[] c, int from, int to) {
        if (to == from) return true;
        if (to - from > 5) return false;
        Table t = TABLES.get(lang);
        return t != null && t.suffixes.size() > 1 && t.suffixes.contains(new String(c, from, to - from));
    }

    // Common words that a stem plus ending happens to spell: Само(а)+е is "самое" (the most), not Samoa.
    private static final Set<String> STOP_WORDS = Set.of(NormalizedText.fold("самое"), NormalizedText.fold("самой"),
            NormalizedText.fold("самом"), NormalizedText.fold("самою"), NormalizedText.fold("саму"),
            NormalizedText.fold("сами"), NormalizedText.fold("сама"));

    /** Is the inflected word from..to (folded) a common word rather than a name? */
    static boolean isStopWord(String lang, char[] c, int from, int to) {
        return to - from <= 6 && STOP_WORDS.contains(new String(c, from, to - from));
    }

    private static final String[] ARABIC_PREFIXES = {"و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل", "وك",
            "ال", "وال", "بال", "فال", "كال", "لل", "ولل"};
    private static final String[] HEBREW_PREFIXES = {"ו", "ב", "ל", "מ", "ה", "ש", "וב", "ול", "ומ", "וה", "שב", "של", "מה"};

    /** Clitic prefixes a name in this script may carry: Arabic/Persian script or Hebrew. */
    static String[] prefixes(char first) {
        if (first >= 0x0600 && first <= 0x06FF) return ARABIC_PREFIXES;
        if (first >= 0x05D0 && first <= 0x05EA) return HEBREW_PREFIXES;
        return null;
    }
}
