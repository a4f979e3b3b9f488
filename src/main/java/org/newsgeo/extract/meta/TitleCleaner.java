package org.newsgeo.extract.meta;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes the site name and section labels that pages put around their titles ("Headline | Site",
 * "Site - Headline", "Headline : Blog | Tagline", "标题-新华网"). A segment is dropped when it names
 * the site (site name, domain, the text of the site's home links) or, at either end, when it is a
 * link text of the page (a section or category name); failing that, the segment the page's h1
 * equals is the headline.
 */
final class TitleCleaner {
    /** Separators with spaces around; a bar needs none; CJK titles glue dashes and underscores on. */
    private static final Pattern SEPARATOR = Pattern.compile("\\s+[|\\-–—·•»«›‹:/~]+\\s+|\\s+::\\s+|\\s*[|｜│]\\s*"
            + "|(?<=[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\p{IsHangul}！？。」』）])\\s*[-_－—–]+\\s*");

    /** Generic second-level domains under country codes (too few and stable to need the public suffix list). */
    private static final Set<String> SECOND_LEVEL = Set.of("co", "com", "org", "net", "ac", "gov", "edu", "or", "ne", "go");

    private TitleCleaner() {
    }

    static String clean(String title, String siteName, String host, String h1) {
        return clean(title, siteName == null ? List.of() : List.of(siteName), host, h1, Set.of());
    }

    /**
     * @param siteNames the site's declared name and the texts of its logo / home links
     * @param linkTexts {@link #key} of the page's link texts: section and category names
     */
    static String clean(String title, Collection<String> siteNames, String host, String h1, Set<String> linkTexts) {
        if (title == null) return null;
        String t = title.replaceAll("\\s+", " ").trim();
        if (t.isEmpty()) return null;
        List<int[]> parts = segments(t);
        if (parts.size() < 2) return t;
        if (h1 != null) {
            String h = h1.replaceAll("\\s+", " ").trim();
            if (key(h).equals(key(t))) return t;
            for (int[] p : parts) if (key(part(t, p)).equals(key(h))) return part(t, p);
        }
        int longest = 0;
        for (int i = 1; i < parts.size(); i++) if (length(parts.get(i)) > length(parts.get(longest))) longest = i;
        int from = 0, to = parts.size() - 1;
        while (from < to) {
            if (label(part(t, parts.get(to)), siteNames, host, linkTexts, to == longest)) to--;
            else if (label(part(t, parts.get(from)), siteNames, host, linkTexts, from == longest)) from++;
            else break;
        }
        // "Headline : Blog name | tagline | …": the site's name in the middle ends the headline.
        for (int i = from + 1; i < to; i++) {
            if (i > longest && names(part(t, parts.get(i)), siteNames, host)) {
                to = i - 1;
                break;
            }
        }
        return t.substring(parts.get(from)[0], parts.get(to)[1]).trim();
    }

    /** Start and end offsets of the title's segments between separators. */
    static List<int[]> segments(String t) {
        List<int[]> out = new ArrayList<>();
        Matcher m = SEPARATOR.matcher(t);
        int start = 0;
        while (m.find()) {
            if (m.start() > start) out.add(new int[] {start, m.start()});
            start = m.end();
        }
        if (start < t.length()) out.add(new int[] {start, t.length()});
        return out;
    }

    private static String part(String t, int[] p) {
        return t.substring(p[0], p[1]).trim();
    }

    private static int length(int[] p) {
        return p[1] - p[0];
    }

    /** A site name, or a link text (section, category) unless it is the title's longest segment: permalinks. */
    private static boolean label(String part, Collection<String> siteNames, String host, Set<String> linkTexts, boolean longest) {
        return names(part, siteNames, host) || !longest && linkTexts.contains(key(part));
    }

    private static boolean names(String part, Collection<String> siteNames, String host) {
        for (String s : siteNames) if (namesSite(part, s, host)) return true;
        return siteNames.isEmpty() && namesSite(part, null, host);
    }

    /** Whether a title segment names the site: its name or domain label is in it, or it is part of them. */
    static boolean namesSite(String part, String siteName, String host) {
        String p = key(part);
        if (p.isEmpty()) return false;
        if (siteName != null) {
            String s = key(siteName);
            if (!s.isEmpty() && (s.equals(p) || s.contains(p) && p.length() >= 4 || p.contains(s) && s.length() >= 4)) return true;
        }
        for (String label : hostLabels(host)) {
            if (label.length() >= 3 && (p.contains(label) || label.contains(p) && p.length() >= 4)) return true;
        }
        return false;
    }

    /**
     * Whether a heading is the site's name rather than a headline that mentions the site
     * ("Caritas-Präsidentin gewählt" on caritas.de): the name must make up half of it.
     */
    static boolean isMostlySiteName(String heading, Collection<String> siteNames, String host) {
        String p = key(heading);
        if (p.isEmpty()) return false;
        List<String> names = new ArrayList<>(hostLabels(host));
        for (String s : siteNames) names.add(key(s));
        for (String s : names) {
            if (s.length() >= 3 && p.contains(s) && s.length() * 2 >= p.length()) return true;
            if (s.contains(p) && p.length() >= 4) return true;
        }
        return false;
    }

    /** Whether the text is nothing but the site's name or domain label. */
    static boolean isSiteName(String text, String siteName, String host) {
        String p = key(text);
        if (p.isEmpty()) return false;
        if (siteName != null && key(siteName).equals(p)) return true;
        for (String label : hostLabels(host)) if (label.equals(p) || (label + "de").equals(p) || (label + "com").equals(p)) return true;
        return false;
    }

    /** "www.faz.net" -> ["faz"]; "blog.python.org" -> ["blog", "python"]; "cybercook.com.br" -> ["cybercook"]. */
    private static List<String> hostLabels(String host) {
        List<String> out = new ArrayList<>();
        if (host == null) return out;
        String[] l = host.toLowerCase(Locale.ROOT).split("\\.");
        for (int i = 0; i < l.length - 1; i++) {
            // a generic second-level label before a country code ("co.uk", "com.br", "or.jp") is no name
            boolean generic = i == l.length - 2 && l.length > 2 && l[l.length - 1].length() == 2 && SECOND_LEVEL.contains(l[i]);
            if (!l[i].equals("www") && !l[i].equals("m") && l[i].length() > 2 && !generic) out.add(key(l[i]));
        }
        return out;
    }

    /** Lower case, letters and digits only: quotes, dashes and spaces differ between copies of a title. */
    static String key(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toLowerCase(Locale.ROOT).toCharArray()) if (Character.isLetterOrDigit(c)) b.append(c);
        return b.toString();
    }
}
