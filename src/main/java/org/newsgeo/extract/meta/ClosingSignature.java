package org.newsgeo.extract.meta;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * A name signed under the article text with no lead word: "<p><b><i>Stefan Wasmer</i></b></p>",
 * "...Gefühle…<br><em>Claudia Duwe</em></p>". Only a full name (two or three capitalised words) set
 * in bold or italics as the last block of its box after a paragraph of prose, or on its own line
 * closing a paragraph of prose, counts; a name in running text, a link, a caption or a quote is
 * someone the article is about, and a bold line with more text after it is a subheading. A full
 * name in brackets after the last sentence of the text signs it too ("spannend. (Christian P. Stadtfeld)"),
 * and so does a last block of a full name over a short role ("Kazım TÜRKMEN<br>DITIB-Bundesvorsitzender").
 */
final class ClosingSignature {
    private static final int AFTER_TITLE_CHARS = 20_000;
    /** A paragraph of prose, which a signature closes: at least this long. */
    private static final int PROSE = 150;
    /** A signature may follow the prose after a short line or two (the book's details under a review). */
    private static final int NEAR_PROSE = 3;
    private static final String WORD = BylineWords.NAME_WORD;
    private static final Pattern FULL_NAME = Pattern.compile(WORD + "(?:\\s+" + WORD + "){1,2}");
    /** A full name on a line of its own; a surname may be set in capitals ("Kazım TÜRKMEN"). */
    private static final Pattern NAME_LINE = Pattern.compile("\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}(?:[\\p{L}'’-]+|\\.)){1,2}");
    /**
     * A full name in brackets closing the prose: "... bleibt spannend. (Christian P. Stadtfeld) +++".
     * After a sentence, not after a quote, where it names the speaker ("... buchen." (Maria Sedgwick)).
     */
    private static final Pattern BRACKETED = Pattern.compile("[.!?]\\s*\\((" + WORD + "(?:\\s+" + WORD + "){1,2})\\)[\\p{P}\\p{S}\\s]*$");

    private ClosingSignature() {
    }

    /** The first signature below the headline, else an empty list. */
    static List<String> find(Element headline, TextDates dates) {
        List<Element> blocks = blocksAfter(headline);
        LastInBox lastIn = new LastInBox();
        int chars = 0;
        int sinceProse = Integer.MAX_VALUE;   // blocks with text since the last paragraph of prose
        for (int i = 0; i < blocks.size() && chars <= AFTER_TITLE_CHARS; i++) {
            String text = blocks.get(i).text();
            chars += text.length();
            Element name = signed(blocks.get(i));
            // After prose, and the end of it: a bold line followed by more text is a subheading.
            boolean signs = name != null
                    && (proseBefore(name) ? !proseAfter(blocks, i) : sinceProse < NEAR_PROSE && lastIn.test(blocks.get(i)));
            if (signs) {
                List<String> out = AuthorParser.parsePrinted(name.text().trim(), dates);
                if (!out.isEmpty()) return out;
            }
            String over = nameOverRole(blocks.get(i));
            if (over != null && sinceProse < NEAR_PROSE && lastIn.test(blocks.get(i)) && !quoted(blocks.get(i))
                    && !Hidden.within(blocks.get(i))) {
                List<String> out = AuthorParser.parsePrinted(over, dates);
                if (!out.isEmpty()) return out;
            }
            Matcher bracketed = BRACKETED.matcher(text);
            if (bracketed.find() && (text.length() >= PROSE || lastIn.test(blocks.get(i))) && !proseAfter(blocks, i) && !quoted(blocks.get(i))) {
                List<String> out = AuthorParser.parsePrinted(bracketed.group(1), dates);
                if (!out.isEmpty()) return out;
            }
            if (text.length() >= PROSE) sinceProse = 0;
            else if (!text.isBlank() && sinceProse < Integer.MAX_VALUE) sinceProse++;
        }
        return List.of();
    }

    /** Paragraphs and innermost divs after the headline, in page order. */
    private static List<Element> blocksAfter(Element headline) {
        List<Element> out = new ArrayList<>();
        boolean after = false;
        for (Element e : PageElements.all(headline.ownerDocument())) {
            if (e == headline) after = true;
            else if (after && (e.normalName().equals("p") || (e.normalName().equals("div") && !hasBlockChild(e)))) out.add(e);
        }
        return out;
    }

    /** Walks the children in place: {@code children()} would copy them for every div of the page. */
    private static boolean hasBlockChild(Element e) {
        for (Element c = e.firstElementChild(); c != null; c = c.nextElementSibling()) if (c.isBlock()) return true;
        return false;
    }

    /** The bold or italic full name that the block ends with on a line of its own, else null. */
    private static Element signed(Element block) {
        Element last = block.lastElementChild();
        if (last == null || !FULL_NAME.matcher(last.text().trim()).matches() || !emphasis(last)) return null;
        if (Hidden.within(block) || quoted(block)) return null;
        // Nothing after it, and before it nothing or a line break.
        for (Node n = last.nextSibling(); n != null; n = n.nextSibling()) if (!blank(n)) return null;
        Node before = last.previousSibling();
        while (before != null && blank(before)) before = before.previousSibling();
        if (before == null) return last;
        return before instanceof Element br && br.normalName().equals("br") ? last : null;
    }

    /** "Kazım TÜRKMEN<br>DITIB-Bundesvorsitzender": a full name over a short role, the block's only lines. */
    private static String nameOverRole(Element block) {
        List<Node> parts = new ArrayList<>();
        for (Node n : block.childNodes()) if (!blank(n)) parts.add(n);
        if (parts.size() != 3 || !(parts.get(0) instanceof TextNode name) || !(parts.get(1) instanceof Element br)
                || !br.normalName().equals("br") || !(parts.get(2) instanceof TextNode role)) return null;
        String r = role.text().trim();
        if (r.length() > 80 || r.matches(".*[.!?:]$")) return null;
        String nm = name.text().trim();
        return NAME_LINE.matcher(nm).matches() ? nm : null;
    }

    /**
     * Nothing with text follows the block in its box. Each box is read once from its end: asking every
     * block about its later siblings was quadratic on pages of thousands of empty sibling boxes.
     */
    private static final class LastInBox {
        private final Map<Element, Integer> lastWithText = new IdentityHashMap<>();

        boolean test(Element block) {
            Element box = block.parent();
            if (box == null) return true;
            return block.siblingIndex() >= lastWithText.computeIfAbsent(box, LastInBox::lastChildWithText);
        }

        /** The node index of the box's last element child with text, -1 for none. */
        private static int lastChildWithText(Element box) {
            for (Element e = box.lastElementChild(); e != null; e = e.previousElementSibling()) {
                if (e.hasText()) return e.siblingIndex();
            }
            return -1;
        }
    }

    /** The next block with text is prose. */
    private static boolean proseAfter(List<Element> blocks, int at) {
        for (int j = at + 1; j < blocks.size(); j++) {
            String text = blocks.get(j).text();
            if (!text.isBlank()) return text.length() >= PROSE;
        }
        return false;
    }

    /** "<br><em>Claudia Duwe</em>" closing a paragraph of prose. */
    private static boolean proseBefore(Element name) {
        Element block = name.parent();
        return block.text().length() - name.text().length() >= PROSE;
    }

    /** b, strong, em, i, or a font/span wrapping one, down to the name. */
    private static boolean emphasis(Element e) {
        for (Element x = e; x != null; x = x.childrenSize() == 1 ? x.child(0) : null) {
            String tag = x.normalName();
            if (tag.equals("b") || tag.equals("strong") || tag.equals("em") || tag.equals("i")) return true;
            if (tag.equals("a")) return false;
        }
        return false;
    }

    private static boolean quoted(Element e) {
        for (Element a = e; a != null; a = a.parent()) {
            String tag = a.normalName();
            if (tag.equals("blockquote") || tag.equals("figure") || tag.equals("figcaption") || tag.equals("a")) return true;
        }
        return PageRegions.isAside(e);
    }

    private static boolean blank(Node n) {
        return n instanceof TextNode t && t.isBlank();
    }
}
