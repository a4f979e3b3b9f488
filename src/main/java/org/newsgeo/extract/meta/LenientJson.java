package org.newsgeo.extract.meta;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small forgiving JSON reader for JSON-LD blocks as sites really write them: trailing commas,
 * raw newlines and control characters in strings, HTML comments or CDATA around the block,
 * single quotes, unquoted keys, several top-level values and truncated input. Objects become
 * {@link Map}, arrays {@link List}, everything scalar a {@link String} (or null).
 */
public final class LenientJson {
    private final String s;
    private int i;

    private LenientJson(String s) {
        this.s = s;
    }

    /** All top-level values in the text; never throws. */
    public static List<Object> parseAll(String text) {
        List<Object> out = new ArrayList<>();
        if (text == null) return out;
        LenientJson p = new LenientJson(text);
        while (true) {
            p.skipToValueStart();
            if (p.i >= p.s.length()) break;
            int before = p.i;
            Object v = p.value(0);
            if (v != null) out.add(v);
            if (p.i == before) p.i++;
        }
        return out;
    }

    /** Top-level values start at '{' or '['; anything else (comments, "<!--", CDATA) is skipped. */
    private void skipToValueStart() {
        while (i < s.length() && s.charAt(i) != '{' && s.charAt(i) != '[') i++;
    }

    private Object value(int depth) {
        skipSpace();
        if (i >= s.length() || depth > 64) return null;
        char c = s.charAt(i);
        if (c == '{') return object(depth);
        if (c == '[') return array(depth);
        if (c == '"' || c == '\'') return string(c);
        return bare();
    }

    private Map<String, Object> object(int depth) {
        Map<String, Object> m = new LinkedHashMap<>();
        i++;
        while (true) {
            skipSpace();
            if (i >= s.length()) return m;
            char c = s.charAt(i);
            if (c == '}') { i++; return m; }
            if (c == ',') { i++; continue; }
            if (c == ']') { i++; return m; } // mismatched bracket: close what we have
            String key = (c == '"' || c == '\'') ? string(c) : bare();
            skipSpace();
            if (i < s.length() && s.charAt(i) == ':') i++;
            else if (key == null || key.isEmpty()) { i++; continue; }
            Object v = value(depth + 1);
            if (key != null) m.putIfAbsent(key, v);
        }
    }

    private List<Object> array(int depth) {
        List<Object> l = new ArrayList<>();
        i++;
        while (true) {
            skipSpace();
            if (i >= s.length()) return l;
            char c = s.charAt(i);
            if (c == ']') { i++; return l; }
            if (c == ',') { i++; continue; }
            if (c == '}') { i++; return l; }
            int before = i;
            Object v = value(depth + 1);
            if (v != null) l.add(v);
            if (i == before) i++;
        }
    }

    private String string(char quote) {
        StringBuilder b = new StringBuilder();
        i++;
        while (i < s.length()) {
            char c = s.charAt(i++);
            if (c == quote) return b.toString();
            if (c != '\\' || i >= s.length()) { b.append(c); continue; }
            char e = s.charAt(i++);
            switch (e) {
                case 'n' -> b.append('\n');
                case 't' -> b.append('\t');
                case 'r' -> b.append('\r');
                case 'b', 'f' -> b.append(' ');
                case 'u' -> {
                    if (i + 4 <= s.length()) {
                        try {
                            b.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                            i += 4;
                        } catch (NumberFormatException x) {
                            b.append('u');
                        }
                    }
                }
                default -> b.append(e);
            }
        }
        return b.toString();
    }

    /** Numbers, true/false/null and unquoted keys: read up to a structural character. */
    private String bare() {
        int start = i;
        while (i < s.length() && ",:{}[]\"".indexOf(s.charAt(i)) < 0 && !Character.isWhitespace(s.charAt(i))) i++;
        String t = s.substring(start, i);
        return t.equals("null") ? null : t;
    }

    private void skipSpace() {
        while (i < s.length()) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) i++;
            else if (c == '/' && i + 1 < s.length() && s.charAt(i + 1) == '*') {
                int end = s.indexOf("*/", i + 2);
                i = end < 0 ? s.length() : end + 2;
            } else return;
        }
    }
}
