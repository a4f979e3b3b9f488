package org.newsgeo.extract.meta;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Removes the site name that pages append or prepend to their titles ("Headline | Site",
 * "Site - Headline", "Headline – Site"). A segment is dropped when it names the site (site name,
 * domain) or, failing that, when the page's h1 equals another segment.
 */
final class TitleCleaner {
    private static final Pattern SEPARATOR = Pattern.compile("\\s+[|\\-–—·•»«›‹:/~]+\\s+|\\s+::\\s+");

    private TitleCleaner() {
    }

    static String clean(String title, String siteName, String host, String h1) {
        if (title == null) return null;
        String t = title.replaceAll("\\s+", " ").trim();
        if (t.isEmpty()) return null;
        String[] parts = SEPARATOR.split(t);
        if (parts.length < 2) return t;
        if (h1 != null) {
            String h = h1.replaceAll("\\s+", " ").trim();
            if (h.equalsIgnoreCase(t)) return t;
            for (String p : parts) if (p.trim().equalsIgnoreCase(h)) return p.trim();
        }
        String first = parts[0].trim();
        String last = parts[parts.length - 1].trim();
        if (namesSite(last, siteName, host)) return t.substring(0, t.lastIndexOf(last)).replaceAll("[\\s|\\-–—·•»«›‹:/~]+$", "").trim();
        if (namesSite(first, siteName, host)) return t.substring(first.length()).replaceAll("^[\\s|\\-–—·•»«›‹:/~]+", "").trim();
        return t;
    }

    static boolean namesSite(String part, String siteName, String host) {
        String p = letters(part);
        if (p.isEmpty()) return false;
        if (siteName != null) {
            String s = letters(siteName);
            if (!s.isEmpty() && (s.equals(p) || s.contains(p) && p.length() >= 4 || p.contains(s) && s.length() >= 4)) return true;
        }
        for (String label : hostLabels(host)) {
            if (label.length() >= 3 && (p.contains(label) || label.contains(p) && p.length() >= 4)) return true;
        }
        return false;
    }

    /** Whether the text is nothing but the site's name or domain label. */
    static boolean isSiteName(String text, String siteName, String host) {
        String p = letters(text);
        if (p.isEmpty()) return false;
        if (siteName != null && letters(siteName).equals(p)) return true;
        for (String label : hostLabels(host)) if (label.equals(p) || (label + "de").equals(p) || (label + "com").equals(p)) return true;
        return false;
    }

    /** "www.faz.net" -> ["faz"]; "blog.python.org" -> ["blog", "python"]. */
    private static List<String> hostLabels(String host) {
        List<String> out = new ArrayList<>();
        if (host == null) return out;
        String[] l = host.toLowerCase(Locale.ROOT).split("\\.");
        for (int i = 0; i < l.length - 1; i++) {
            if (!l[i].equals("www") && !l[i].equals("m") && l[i].length() > 2) out.add(letters(l[i]));
        }
        return out;
    }

    private static String letters(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toLowerCase(Locale.ROOT).toCharArray()) if (Character.isLetterOrDigit(c)) b.append(c);
        return b.toString();
    }
}
