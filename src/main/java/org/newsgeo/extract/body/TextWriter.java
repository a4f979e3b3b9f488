package org.newsgeo.extract.body;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.newsgeo.extract.body.NodeStats.Stats;

/**
 * Pass 3, over the chosen blocks only: writes their text with one line per paragraph, heading, list
 * item or quote, leaving out what a reader does not see as the article (boilerplate blocks, figures
 * and captions, link lists, the headline block).
 */
final class TextWriter {
    /** Marks the start of a heading line until result() decides whether to keep it. */
    private static final char HEADING = '\u0001';

    private final NodeStats stats;
    private final StringBuilder out = new StringBuilder(8192);
    private boolean pendingSpace;

    TextWriter(NodeStats stats) {
        this.stats = stats;
    }

    /** Writes a block, leaving out the parts that are not article text. */
    void write(Element e) {
        write(e, false);
    }

    /** Writes a chosen block even if it looks like a link list itself (then it is all the page has). */
    void writeRoot(Element e) {
        write(e, true);
    }

    private void write(Element e, boolean root) {
        Stats s = stats.get(e);
        if (s == null || s.boiler || s.chars == 0) return;
        String tag = e.normalName();
        if (!root && excluded(e, tag, s)) return;
        if (tag.equals("pre")) { newline(); out.append(e.wholeText().strip()); newline(); return; }
        boolean block = Tags.block(tag);
        if (block) newline();
        if (Tags.heading(tag)) out.append(HEADING);
        for (Node c : e.childNodes()) {
            if (c instanceof TextNode t) text(t.getWholeText());
            else if (c instanceof Element ce) {
                if (ce.normalName().equals("br")) newline();
                else write(ce);
            }
        }
        if (block) newline();
    }

    /** Blocks inside the article that are still not its text. */
    private boolean excluded(Element e, String tag, Stats s) {
        switch (tag) {
            case "figure": case "picture": return true;
            case "header": return e.selectFirst("h1") != null; // headline, kicker and byline block
            case "h1": return true; // the headline is the title field, not the body
            case "ul": case "ol": case "dl": case "table": case "div": case "section": case "nav":
                return s.linkDensity() > 0.5; // menus, tag lists, "more stories"
            case "p": return s.chars < 200 && s.linkDensity() > 0.6; // "Read more: <link>", "See also: <link>"
            case "li": return s.chars < 200 && s.linkDensity() > 0.9;
            default: return false;
        }
    }

    private void text(String t) {
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0') { pendingSpace = true; continue; }
            if (pendingSpace) {
                int n = out.length();
                if (n > 0 && out.charAt(n - 1) != '\n' && out.charAt(n - 1) != HEADING) out.append(' ');
                pendingSpace = false;
            }
            out.append(c);
        }
    }

    private void newline() {
        pendingSpace = false;
        int n = out.length();
        if (n > 0 && out.charAt(n - 1) != '\n') out.append('\n');
    }

    /**
     * The text written so far, lines stripped, empty lines dropped. A heading with no text under it
     * (its section was a link list or a widget) is dropped.
     */
    String result() {
        java.util.List<String> lines = new java.util.ArrayList<>();
        for (String line : out.toString().split("\n")) {
            String l = line.strip();
            if (l.isEmpty() || l.equals(String.valueOf(HEADING))) continue;
            lines.add(l);
        }
        StringBuilder r = new StringBuilder(out.length());
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.charAt(0) == HEADING) {
                boolean empty = i + 1 == lines.size() || lines.get(i + 1).charAt(0) == HEADING;
                if (empty) continue;
                l = l.substring(1).strip();
            }
            if (r.length() > 0) r.append('\n');
            r.append(l);
        }
        return r.toString();
    }

}
