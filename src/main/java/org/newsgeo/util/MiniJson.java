package org.newsgeo.util;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A strict little JSON parser for JSON Lines records, the gazetteer's JSON sources and benchmark files:
 * objects become Maps in key order, arrays Lists, numbers stay as their source text (an id must not turn
 * into 1.0E9). Avoids a runtime dependency on Spark's Jackson.
 */
public final class MiniJson {
    /** Malformed JSON; the message says where. */
    public static final class Error extends RuntimeException {
        Error(String msg, int pos) { super(msg + " at char " + pos); }
    }

    private final String s;
    private int i;

    private MiniJson(String s) { this.s = s; }

    public static Object parse(String s) {
        MiniJson p = new MiniJson(s);
        p.ws();
        Object v = p.value(0);
        p.ws();
        if (p.i != s.length()) throw new Error("trailing characters", p.i);
        return v;
    }

    private Object value(int depth) {
        if (depth > 200) throw new Error("nested too deeply", i);
        if (i >= s.length()) throw new Error("unexpected end", i);
        char c = s.charAt(i);
        switch (c) {
            case '{': return object(depth);
            case '[': return array(depth);
            case '"': return string();
            case 't': return literal("true", Boolean.TRUE);
            case 'f': return literal("false", Boolean.FALSE);
            case 'n': return literal("null", null);
            default:
                if (c == '-' || (c >= '0' && c <= '9')) return number();
                throw new Error("unexpected '" + c + "'", i);
        }
    }

    private Map<String, Object> object(int depth) {
        Map<String, Object> m = new LinkedHashMap<>();
        i++;
        ws();
        if (peek() == '}') { i++; return m; }
        while (true) {
            ws();
            if (peek() != '"') throw new Error("expected a key", i);
            String k = string();
            ws();
            expect(':');
            ws();
            m.put(k, value(depth + 1));
            ws();
            char c = next();
            if (c == '}') return m;
            if (c != ',') throw new Error("expected ',' or '}'", i - 1);
        }
    }

    private List<Object> array(int depth) {
        List<Object> l = new ArrayList<>();
        i++;
        ws();
        if (peek() == ']') { i++; return l; }
        while (true) {
            ws();
            l.add(value(depth + 1));
            ws();
            char c = next();
            if (c == ']') return l;
            if (c != ',') throw new Error("expected ',' or ']'", i - 1);
        }
    }

    private String string() {
        i++; // opening quote
        StringBuilder b = null;
        int start = i;
        while (true) {
            if (i >= s.length()) throw new Error("unterminated string", start);
            char c = s.charAt(i);
            if (c == '"') {
                String r = b == null ? s.substring(start, i) : b.append(s, start, i).toString();
                i++;
                return r;
            }
            if (c == '\\') {
                if (b == null) b = new StringBuilder();
                b.append(s, start, i);
                i++;
                b.append(escape());
                start = i;
            } else {
                if (c < 0x20) throw new Error("control character in string", i);
                i++;
            }
        }
    }

    private char escape() {
        char c = next();
        switch (c) {
            case '"': case '\\': case '/': return c;
            case 'b': return '\b';
            case 'f': return '\f';
            case 'n': return '\n';
            case 'r': return '\r';
            case 't': return '\t';
            case 'u':
                if (i + 4 > s.length()) throw new Error("bad \\u escape", i);
                try {
                    char u = (char) Integer.parseInt(s.substring(i, i + 4), 16);
                    i += 4;
                    return u; // surrogate pairs come as two escapes and re-pair in the String
                } catch (NumberFormatException e) {
                    throw new Error("bad \\u escape", i);
                }
            default: throw new Error("bad escape", i - 1);
        }
    }

    private String number() {
        int start = i;
        while (i < s.length() && "+-0123456789.eE".indexOf(s.charAt(i)) >= 0) i++;
        String n = s.substring(start, i);
        try {
            Double.parseDouble(n);
        } catch (NumberFormatException e) {
            throw new Error("bad number", start);
        }
        return n;
    }

    private Object literal(String word, Object v) {
        if (!s.startsWith(word, i)) throw new Error("bad literal", i);
        i += word.length();
        return v;
    }

    private void ws() {
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c != ' ' && c != '\t' && c != '\r' && c != '\n' && c != '\uFEFF') break;
            i++;
        }
    }

    private char peek() { return i < s.length() ? s.charAt(i) : '\0'; }

    private char next() {
        if (i >= s.length()) throw new Error("unexpected end", i);
        return s.charAt(i++);
    }

    private void expect(char c) {
        if (next() != c) throw new Error("expected '" + c + "'", i - 1);
    }
}
