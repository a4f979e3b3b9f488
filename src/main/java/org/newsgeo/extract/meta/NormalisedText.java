package org.newsgeo.extract.meta;

/**
 * jsoup's reading of a text node ({@code TextNode.text()}, {@code StringUtil.appendNormalisedWhitespace}):
 * each run of white space (space, tab, line breaks, no-break space) one space, zero-width spaces and
 * soft hyphens left out. jsoup appends character by character; the readers here put the text of
 * whole pages through it, so the characters between two white spaces are copied at once.
 */
final class NormalisedText {
    private NormalisedText() {
    }

    /** As {@code StringUtil.appendNormalisedWhitespace(b, s, stripLeading)}. */
    static void append(StringBuilder b, String s, boolean stripLeading) {
        boolean lastWasWhite = false;
        boolean reachedNonWhite = false;
        int run = 0;   // start of the characters not yet copied
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean white = isWhite(c);
            if (!white && !isInvisible(c)) continue;
            if (run < i) {
                b.append(s, run, i);
                lastWasWhite = false;
                reachedNonWhite = true;
            }
            run = i + 1;
            if (white && !(stripLeading && !reachedNonWhite) && !lastWasWhite) {
                b.append(' ');
                lastWasWhite = true;
            }
        }
        if (run < s.length()) b.append(s, run, s.length());
    }

    /** jsoup's white space: all of it is in the basic plane, so chars are read, not code points. */
    static boolean isWhite(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' || c == '\u00a0';
    }

    /** Zero-width space and soft hyphen, which jsoup's text leaves out. */
    static boolean isInvisible(char c) {
        return c == '\u200b' || c == '\u00ad';
    }
}
