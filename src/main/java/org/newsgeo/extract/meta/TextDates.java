package org.newsgeo.extract.meta;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.SimpleDateFormat;
import com.ibm.icu.util.ULocale;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.newsgeo.extract.meta.TextTokens.Kind;
import org.newsgeo.extract.meta.TextTokens.Token;

/**
 * Finds dates written for people: "25 Februari 2023 21:11", "February 25, 2023", "25. Februar
 * 2023", "25 de febrero de 2023", "25 февраля 2023", "2023年2月25日", "2023. február 25.",
 * "25.02.2023", "2023/02/25" and "02/25/2023" (day/month order from the language's CLDR short date
 * pattern when both readings are possible). Month names come from {@link MonthNames}.
 * Meant for short snippets (a byline, a date element), not whole bodies.
 */
final class TextDates {
    /** Connectives allowed between the parts of a written date ("25 de febrero de 2023", "25th of May"). */
    private static final Set<String> FILLERS = Set.of("de", "del", "of", "the", "den", "le", "el", "di", "du", "г", "year");
    /** Year / month / day markers of Chinese, Japanese and Korean dates. */
    private static final Set<String> CJK_YEAR = Set.of("年", "년");
    private static final Set<String> CJK_MONTH = Set.of("月", "월");
    private static final Pattern TIME = Pattern.compile(
            "^[^\\d\\n]{0,14}?(\\d{1,2})[:h](\\d{2})(?![\\d])(?::\\d{2})?(?:\\s*([apAP])\\.?\\s?[mM]\\b)?");
    private static final Map<String, TextDates> CACHE = new ConcurrentHashMap<>();
    /** The tags pages actually write ("en-US", "de_DE"), so most calls skip parsing the tag; capped. */
    private static final Map<String, TextDates> BY_TAG = new ConcurrentHashMap<>();
    private static final int BY_TAG_MAX = 512;
    /** Languages and language-region pairs CLDR has locale data for, as "en" and "en-US". */
    private static final Set<String> KNOWN = known();

    private final String language;
    private final boolean monthFirst;

    private TextDates(String language, boolean monthFirst) {
        this.language = language;
        this.monthFirst = monthFirst;
    }

    /** Reader for a page language tag such as "en-US", "de", or null when unknown. */
    static TextDates forLanguage(String tag) {
        String raw = tag == null ? "" : tag;
        TextDates known = BY_TAG.get(raw);
        if (known != null) return known;
        TextDates d = CACHE.computeIfAbsent(cacheKey(tag), k -> {
            if (k.isEmpty()) return new TextDates(null, false);
            ULocale loc = ULocale.forLanguageTag(k);
            return new TextDates(loc.getLanguage(), monthFirst(loc));
        });
        if (BY_TAG.size() < BY_TAG_MAX) BY_TAG.put(raw, d);
        return d;
    }

    /** Reader for the language the page declares in {@code <html lang>}. */
    static TextDates forPage(Document doc) {
        Element html = doc == null ? null : doc.selectFirst("html");
        return forLanguage(html == null ? null : html.attr("lang"));
    }

    /**
     * Language and region as far as CLDR has data for them ("en-US", "de"), else "" (unknown).
     * Pages can carry any junk in {@code <html lang>}; keying on what CLDR knows keeps the cache
     * (and the month tables behind it) bounded, and ICU would fall back to the same data anyway.
     */
    static String cacheKey(String tag) {
        if (tag == null || tag.isBlank()) return "";
        ULocale loc = ULocale.forLanguageTag(tag.trim().replace('_', '-'));
        String lang = loc.getLanguage();
        if (!KNOWN.contains(lang)) return "";
        String withRegion = lang + "-" + loc.getCountry();
        return KNOWN.contains(withRegion) ? withRegion : lang;
    }

    private static Set<String> known() {
        Set<String> out = new java.util.HashSet<>();
        for (ULocale l : ULocale.getAvailableLocales()) {
            out.add(l.getLanguage());
            if (!l.getCountry().isEmpty()) out.add(l.getLanguage() + "-" + l.getCountry());
        }
        return Set.copyOf(out);
    }

    /** Whether the locale's short numeric date puts the month before the day (en-US "2/25/23"). */
    private static boolean monthFirst(ULocale loc) {
        DateFormat f = DateFormat.getDateInstance(DateFormat.SHORT, loc);
        if (!(f instanceof SimpleDateFormat sdf)) return false;
        String p = sdf.toPattern();
        int m = p.indexOf('M');
        int d = p.indexOf('d');
        return m >= 0 && d >= 0 && m < d && p.indexOf('y') > m;
    }

    /** The first date in the text, or null. */
    DateCandidate first(String text) {
        Found f = find(text, 0);
        return f == null ? null : f.date;
    }

    record Found(DateCandidate date, int start, int end) {
    }

    /** The date the text opens with (as {@code find(text, 0)} when that starts at 0), or null. */
    Found opening(String text) {
        if (text == null) return null;
        TextTokens.Token first = TextTokens.next(text, 0);
        // A date opens with a number or a month name: most texts (headings) open with another
        // word, and are not tokenized in full to learn that.
        if (first == null || first.kind() == Kind.WORD && monthAt(List.of(first), 0) == 0) return null;
        Found f = find(text, 0);
        return f != null && f.start() == 0 ? f : null;
    }

    /** The first date in the text starting at or after char offset {@code from}. */
    Found find(String text, int from) {
        if (text == null || text.isEmpty()) return null;
        List<Token> t = tokens(text);
        for (int k = 0; k < t.size(); k++) {
            if (t.get(k).start() < from) continue;
            Found f = at(text, t, k);
            if (f != null) return f;
        }
        return null;
    }

    /**
     * Callers walk a text date by date, asking again from each date's end: the tokens of the last
     * text are kept for that. Instances are shared between threads; the pair is immutable, so a
     * race only tokenizes again.
     */
    private record Tokenized(String text, List<Token> tokens) {
    }

    private Tokenized last;

    private List<Token> tokens(String text) {
        Tokenized known = last;
        if (known != null && known.text() == text) return known.tokens();
        List<Token> t = TextTokens.of(text);
        last = new Tokenized(text, t);
        return t;
    }

    /** A date whose first token is t[k]. */
    private Found at(String s, List<Token> t, int k) {
        Token a = t.get(k);
        if (a.kind() == Kind.NUM) {
            Found f = numericOrCjk(s, t, k);
            if (f != null) return f;
            // D [.|th|de] MONTH [de] YYYY
            int m = skipSuffixAndFillers(s, t, k + 1, a);
            if (m < t.size() && gapOk(s, t.get(m - 1), t.get(m))) {
                int month = monthAt(t, m);
                if (month > 0) {
                    int y = skipFillers(t, m + 1);
                    if (y < t.size() && isYear(t.get(y)) && gapOk(s, t.get(y - 1), t.get(y))) {
                        return make(s, t.get(y).value(), month, a.value(), a.start(), t.get(y).end());
                    }
                }
                // YYYY. MONTH D (Hungarian, Lithuanian...)
                if (month > 0 && isYear(a) && m + 1 < t.size() && t.get(m + 1).kind() == Kind.NUM
                        && gapOk(s, t.get(m), t.get(m + 1))) {
                    return make(s, a.value(), month, t.get(m + 1).value(), a.start(), t.get(m + 1).end());
                }
            }
            return null;
        }
        // MONTH D[th][,] YYYY
        int month = monthAt(t, k);
        if (month == 0 || k + 1 >= t.size()) return null;
        Token d = t.get(k + 1);
        if (d.kind() != Kind.NUM || !gapOk(s, a, d)) return null;
        int y = skipSuffixAndFillers(s, t, k + 2, d);
        if (y < t.size() && isYear(t.get(y)) && gapOk(s, t.get(y - 1), t.get(y))) {
            return make(s, t.get(y).value(), month, d.value(), a.start(), t.get(y).end());
        }
        return null;
    }

    /** 25.02.2023, 2023-02-25, 02/25/2023, 2023年2月25日. */
    private Found numericOrCjk(String s, List<Token> t, int k) {
        if (k + 2 >= t.size()) return null;
        Token a = t.get(k);
        Token b1 = t.get(k + 1);
        Token b2 = t.get(k + 2);
        if (isYear(a) && b1.kind() == Kind.WORD && CJK_YEAR.contains(b1.text()) && b2.kind() == Kind.NUM
                && k + 4 < t.size() && CJK_MONTH.contains(t.get(k + 3).text()) && t.get(k + 4).kind() == Kind.NUM) {
            return make(s, a.value(), b2.value(), t.get(k + 4).value(), a.start(), t.get(k + 4).end());
        }
        if (b1.kind() != Kind.NUM || b2.kind() != Kind.NUM) return null;
        String g1 = separator(s.substring(a.end(), b1.start()), a, b2);
        String g2 = separator(s.substring(b1.end(), b2.start()), a, b2);
        if (g1.length() != 1 || !g1.equals(g2) || "./-".indexOf(g1.charAt(0)) < 0) return null;
        if (a.text().length() == 4) return make(s, a.value(), b1.value(), b2.value(), a.start(), b2.end());
        if (g1.equals(".") && b2.text().length() == 2) return shortYear(s, a, b1, b2);
        if (b2.text().length() != 4 || a.text().length() > 2 || b1.text().length() > 2) return null;
        boolean mdy = a.value() <= 12 && (b1.value() > 12 || (monthFirst && !g1.equals(".")));
        return mdy ? make(s, b2.value(), a.value(), b1.value(), a.start(), b2.end())
                : make(s, b2.value(), b1.value(), a.value(), a.start(), b2.end());
    }

    /**
     * The separator between two numbers of a date. Date boxes space it out ("26 | 01 | 2022",
     * "26 / 01 / 2022"); that is read as the bare separator ("|" as ".", day first) only when
     * the date has a four-digit year, so "1 - 2 - 3" stays no date.
     */
    private static String separator(String gap, Token first, Token last) {
        if (gap.length() != 3 || gap.charAt(0) != ' ' || gap.charAt(2) != ' ') return gap;
        if (first.text().length() != 4 && last.text().length() != 4) return gap;
        char c = gap.charAt(1);
        return c == '|' ? "." : "./-".indexOf(c) >= 0 ? String.valueOf(c) : gap;
    }

    /**
     * "31.10.23": day, month and a two-digit year, as German, Swiss and Nordic sites print dates.
     * Not inside a longer dotted number (version "1.10.23.4", "v2.1.10").
     */
    private static Found shortYear(String s, Token d, Token m, Token y) {
        if (d.text().length() > 2 || m.text().length() > 2) return null;
        if (d.start() > 0 && (s.charAt(d.start() - 1) == '.' || Character.isLetterOrDigit(s.charAt(d.start() - 1)))) return null;
        if (y.end() + 1 < s.length() && s.charAt(y.end()) == '.' && Character.isDigit(s.charAt(y.end() + 1))) return null;
        if (y.end() < s.length() && Character.isLetterOrDigit(s.charAt(y.end()))) return null;
        return make(s, y.value() >= 90 ? 1900 + y.value() : 2000 + y.value(), m.value(), d.value(), d.start(), y.end());
    }

    private int monthAt(List<Token> t, int k) {
        Token w = t.get(k);
        return w.kind() == Kind.WORD ? MonthNames.month(MonthNames.normalise(w.text()), language) : 0;
    }

    /** Skips an ordinal suffix glued to a number ("25th", "1er") and connective words. */
    private static int skipSuffixAndFillers(String s, List<Token> t, int k, Token num) {
        if (k < t.size() && t.get(k).kind() == Kind.WORD && t.get(k).start() == num.end() && t.get(k).text().length() <= 3
                && MonthNames.month(MonthNames.normalise(t.get(k).text()), null) == 0) {
            k++;
        }
        return skipFillers(t, k);
    }

    private static int skipFillers(List<Token> t, int k) {
        while (k < t.size() && t.get(k).kind() == Kind.WORD && FILLERS.contains(t.get(k).text().toLowerCase(Locale.ROOT))) k++;
        return k;
    }

    /** Parts of one date are close together: at most a few spaces and punctuation marks. */
    private static boolean gapOk(String s, Token a, Token b) {
        if (b.start() - a.end() > 4) return FILLERS.contains(s.substring(a.end(), b.start()).replaceAll("[\\s,.]", "").toLowerCase(Locale.ROOT));
        for (int i = a.end(); i < b.start(); i++) {
            char c = s.charAt(i);
            if (c == '\n' || Character.isLetterOrDigit(c)) return false;
        }
        return true;
    }

    private static boolean isYear(Token t) {
        return t.kind() == Kind.NUM && t.text().length() == 4 && t.value() >= 1990 && t.value() <= 2100;
    }

    private static Found make(String s, int y, int m, int d, int start, int end) {
        if (y < 1990 || y > 2100) return null;
        LocalDate date;
        try {
            date = LocalDate.of(y, m, d);
        } catch (DateTimeException e) {
            return null;
        }
        String after = s.substring(end, Math.min(s.length(), end + 40));
        Matcher tm = TIME.matcher(after);
        if (tm.find()) {
            int h = Integer.parseInt(tm.group(1));
            int min = Integer.parseInt(tm.group(2));
            if (tm.group(3) != null) {
                boolean pm = Character.toLowerCase(tm.group(3).charAt(0)) == 'p';
                if (h == 12) h = pm ? 12 : 0;
                else if (pm) h += 12;
            }
            if (h < 24 && min < 60) {
                return new Found(new DateCandidate(date.atTime(LocalTime.of(h, min)), true, null), start, end + tm.end());
            }
        }
        return new Found(new DateCandidate(date.atStartOfDay(), false, null), start, end);
    }
}
