package org.newsgeo.extract.text;

import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;
import java.util.regex.Pattern;

/**
 * Page furniture that comes along when an article is copied as text: read-more links inside the story,
 * and the trailer after it (follow/share prompts, app and newsletter plugs, section headings, editor
 * initials). Phrases are the ones news sites print, in the languages we see most.
 */
final class Boilerplate {
    /** A line starting with one of these links to another story. */
    private static final Pattern READ_MORE = Pattern.compile("^(?i:baca juga|baca pula|lihat juga|simak juga|"
            + "read more|read also|also read|see also|related:|more:|lesen sie auch|mehr zum thema|lire aussi|"
            + "à lire aussi|voir aussi|leer más|lea también|leia também|leia mais|veja também|leggi anche|"
            + "czytaj też|czytaj także|читайте также|читайте також|اقرأ أيضا|اقرأ أيضاً|ayrıca okuyun|"
            + "ook lezen|lees ook|baca selengkapnya)\\b.*");
    /** Phrases of a page's trailer; only looked for in the short lines after the story. */
    private static final List<String> TRAILER = List.of("jangan lupa", "ikuti", "follow us", "follow", "google news",
            "cek berita", "berita lainnya", "berita terkait", "terkait", "share this", "share on", "subscribe",
            "sign up", "newsletter", "download", "copyright", "©", "all rights reserved", "related", "more stories",
            "abonnieren", "folgen sie", "suivez-nous", "abonnez", "síguenos", "suscríbete", "siga-nos", "assine",
            "seguici", "obserwuj", "подписывайтесь", "подпишитесь", "تابعونا", "takip edin", "volg ons");
    /** Editor initials closing Indonesian and other stories: "(WIL)", "(ant/hns)". */
    private static final Pattern INITIALS = Pattern.compile("^\\(?[\\p{L}/]{2,8}\\)?$");
    private static final int SHORT_WORDS = 6;
    private static final int TRAILER_MAX_WORDS = 15;

    private Boilerplate() {
    }

    /** The story's lines, read-more links and trailer removed, one paragraph per line. */
    static String clean(List<String> lines) {
        int end = lines.size();
        while (end > 0 && isTrailer(lines.get(end - 1).strip())) end--;
        StringJoiner out = new StringJoiner("\n");
        for (String line : lines.subList(0, end)) {
            String l = line.strip();
            if (!l.isEmpty() && !READ_MORE.matcher(l).matches()) out.add(l);
        }
        return out.toString();
    }

    static boolean isTrailer(String l) {
        if (l.isEmpty() || INITIALS.matcher(l).matches()) return true;
        int words = l.split("\\s+").length;
        if (words <= SHORT_WORDS && !endsSentence(l)) return true;
        if (words > TRAILER_MAX_WORDS) return false;
        String lower = l.toLowerCase(Locale.ROOT);
        for (String p : TRAILER) if (lower.contains(p)) return true;
        return READ_MORE.matcher(l).matches();
    }

    private static boolean endsSentence(String l) {
        char c = l.charAt(l.length() - 1);
        return c == '.' || c == '!' || c == '?' || c == '"' || c == '”' || c == '。' || c == '»';
    }
}
