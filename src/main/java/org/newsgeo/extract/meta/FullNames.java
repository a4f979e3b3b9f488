package org.newsgeo.extract.meta;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * A first name alone where the page prints the whole name: CMS accounts and structured data often
 * carry the display name "Todd" or "Henry" while the page spells it out as a byline of its own:
 * after a lead ("Eine Kolumne von Nils Pickert", "MEHR VON HENRY STEINHAU") or below a lone one
 * ("By" / "Todd Bates"). Only such lines count: in running text, menus, comments and licence notes
 * a capitalised word after a user name is a heading or the start of a sentence ("gizzmo Standard",
 * "Kathrin Hallo"). A word that the page also writes in lower case ("Henry In Aktuell") is no
 * surname either.
 */
final class FullNames {
    private static final int MAX_LINE = 100;
    private static final int LEVELS = 2;
    private static final String LEAD = "(?:" + BylineWords.BY + "|" + BylineWords.AUTHOR_LABEL + ")";
    private static final String SURNAME = "(?-i:(\\p{Lu}[\\p{L}'’-]+))";

    private FullNames() {
    }

    /**
     * The names with each one-word name completed where the page prints it with a surname; names
     * that {@code keep} accepts (the site's own, "stylegart") stay as they are; {@code text} gives the
     * body's visible text, read only when a name needs completing.
     */
    static List<String> completed(List<String> names, Element body, Supplier<String> text, Predicate<String> keep) {
        List<String> out = new ArrayList<>();
        for (String n : names) {
            if (n.contains(" ") || keep.test(n)) {
                out.add(n);
                continue;
            }
            out.add(fuller(n, body, text.get()));
        }
        return AuthorParser.dedupe(out);
    }

    private static String fuller(String name, Element body, String text) {
        String q = Pattern.quote(name);
        // The name with a lead ("Eine Kolumne von", "By") or alone after a lead of its own ("By" / "Todd Bates").
        Pattern withLead = Pattern.compile("(?iu)^(?:\\S+\\s+){0,2}?" + LEAD + "\\s*:?\\s+(" + q + "\\s+" + SURNAME + ")\\.?$");
        Pattern alone = Pattern.compile("(?iu)^(" + q + "\\s+" + SURNAME + ")\\.?$");
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, String> spelled = new LinkedHashMap<>();
        for (Around a : elementsAround(name, body)) {
            String t = a.element().text().trim();
            Matcher m = withLead.matcher(t);
            if (t.length() > MAX_LINE || !m.find()) {
                m = alone.matcher(t);
                if (!a.afterLead() || !m.find()) continue;
            }
            String key = m.group(2).toLowerCase(Locale.ROOT);
            if (key.equals(name.toLowerCase(Locale.ROOT)) || !surnameLike(m.group(2), text)) continue;
            counts.merge(key, 1, Integer::sum);
            spelled.putIfAbsent(key, m.group(1).replaceAll("\\s+", " "));
        }
        String best = null;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (best == null || e.getValue() > counts.get(best)) best = e.getKey();
        }
        return best == null ? name : spelled.get(best);
    }

    /** An element around a text that names the author; {@code afterLead}: the text before it is a lone "By". */
    private record Around(Element element, boolean afterLead) {
    }

    /** The visible elements holding a text that names {@code name}, with their nearest ancestors. */
    private static List<Around> elementsAround(String name, Element body) {
        String low = name.toLowerCase(Locale.ROOT);
        Pattern leadAlone = Pattern.compile("(?iu)" + LEAD + "\\s*:?");
        List<Around> out = new ArrayList<>();
        TextNode[] previous = {null};
        NodeTraversor.traverse((NodeVisitor) (node, depth) -> {
            if (!(node instanceof TextNode t) || t.isBlank()) return;
            TextNode before = previous[0];
            previous[0] = t;
            Element e = t.parent();
            if (!t.text().toLowerCase(Locale.ROOT).contains(low) || e == null || Hidden.within(e)) return;
            // A lead in a block of its own; "Katastrophengebiet von <a>Andrea Bottlinger</a> steht unter
            // einer Lizenz" is a sentence (a lead in the same block is read with the element's text).
            boolean afterLead = before != null && leadAlone.matcher(before.text().trim()).matches()
                    && !e.parents().contains(before.parent()) && e != before.parent();
            for (int i = 0; i < LEVELS && e != null && e != body; i++, e = e.parent()) out.add(new Around(e, afterLead));
        }, body);
        return out;
    }

    /** Not a calendar word, a role, or a word the page also writes in lower case in its sentences ("In"). */
    private static boolean surnameLike(String word, String text) {
        String low = word.toLowerCase(Locale.ROOT);
        if (MonthNames.isCalendarWord(low) || !AuthorParser.parsePrinted(word, null).contains(word)) return false;
        // Between lower-case words, as in a sentence: a site title "steinhau" after a skip link is no such use.
        return !Pattern.compile("\\p{Ll}\\s+" + Pattern.quote(low) + "\\s+\\p{Ll}").matcher(text).find();
    }
}
