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
 * Bylines printed as plain text near the headline, in no marked element: "Von Jan Kupitz | Oct
 * 24", "06.11.2023 13:30 von Olga", "Posted by Konstantin 21.10.2019", "Autorin: Uta Staschewski,
 * Projektleiterin ...", "11.12.2019 - Amelie Loevenich". The page is read as lines (one per block
 * element, so a name in a link stays on the line of its "Von"), and only short lines count: in
 * running prose "by" and "von" are ordinary words. Further down (past 1,500 characters or two
 * paragraphs of prose) only a line that is a byline and nothing else counts ("Von Cosima Künzel"
 * closing the text); an author label among a data sheet's labels is the work's ({@link DataSheets}).
 * Chinese pages credit the author or the editor in charge on a line of their own ("责任编辑： 焦鹏").
 * Embeds, captions and hidden text are not read. With no such line, the blocks over the headline, then a name signed
 * under the text ({@link ClosingSignature}).
 */
final class TextBylines {
    private static final int NEAR_TITLE_CHARS = 1500;
    private static final int AFTER_TITLE_CHARS = 40_000;
    private static final int MAX_LINE = 150;
    /** How many paragraphs of prose end the headline's neighbourhood. */
    private static final int PROSE_LINES = 2;
    /** What may stand before the lead word: nothing, a date/time, a separator, or a posting verb. */
    private static final Pattern LEAD = Pattern.compile(
            "(?:^|[|•·/\\-–—]\\s*|(?:\\d{4}|\\d{1,2}[:.]\\d{2}(?i:\\s*uhr)?),?\\s+|\\b(?iu:posted|written|published|publié|veröffentlicht|geschrieben|verfasst|"
            + "eingestellt|ein artikel|ein beitrag|ein interview|ein kommentar|article|story|publicado|escrito|scritto|pubblicato|"
            + "oleh|" + BylineWords.TEXT_AND_PICTURES + "|text|texte|texto)\\s+(?:\\S+\\s+){0,3}?)"
            + "(?iu:(?:" + BylineWords.BY + "|di)(?:\\s*:)?\\s+|(?:" + BylineWords.AUTHOR_LABEL + "|redaktion|reporter|penulis|" + BylineWords.TEXT_AND_PICTURES + ")\\s*:\\s*)"
            + "(?<names>.+)");
    /** "Text von Christian Seiler Illustration von Markus Roost": credits for pictures that follow the byline. */
    private static final String CREDIT = "fotos?|photos?|bilder?|illustrations?|illustrationen|grafiken?|infografik|video|kamera";
    /** A posting verb that may open a byline line ("Posted by", "Verfasst von"). */
    private static final String POSTED = "posted|written|published|verfasst|geschrieben|publié|publicado|escrito";
    private static final Pattern SIGNATURE = Pattern.compile(
            "^(?iu:(?:" + POSTED + ")\\s+)?"
            + "(?iu:(?:" + BylineWords.BY + ")(?:\\s*:)?\\s+|(?:" + BylineWords.AUTHOR_LABEL + ")\\s*:\\s*|autor(?:in|en)?\\s+)"
            + "(?<names>\\p{Lu}[\\p{L}.'’-]*(?:\\s+[\\p{L}.'’-]+){1,4}(?:,\\s*\\p{Lu}[^,]{0,60})?)$");
    private static final Pattern LEAD_ALONE = Pattern.compile(
            "(?iu)(?:(?:" + POSTED + ")\\s+)?"
            + "(?:(?:" + BylineWords.BY + "|di)\\s*:?|(?:" + BylineWords.AUTHOR_LABEL + ")\\s*:)");
    /** "Auteur" over the name, as in a table of facts; further down, such a label heads a sidebar widget. */
    private static final Pattern LABEL_ALONE = Pattern.compile("(?iu)autor(?:in|en)?|auteur|author|autore");
    /** Where the name part ends: a separator, a date or time word, a role after a comma, the next credit. */
    private static final Pattern END = Pattern.compile(
            "\\s*(?:\\s(?iu:" + CREDIT + ")\\s*(?:" + BylineWords.BY + "|:)"
            + "|[|•·]|\\s[-–—]\\s|\\s[-–—]$|\\s@\\s|\\s\\(|(?<!\\S)\\d"
            + "|\\b(?:on|am|um|le|el|il|em|op|in|under|at|the|der|die|das|den|dem|des|mit|with|avec|con)\\b|,\\s*\\p{Ll}).*");

    /**
     * "责任编辑： 焦鹏": Chinese news pages credit the article on a line of its own, to the author (作者)
     * or the editor in charge (责任编辑), with a name of two to four characters.
     */
    private static final Pattern HAN_CREDIT = Pattern.compile("(?:^|\\s)(?:作者|责任编辑)\\s*[：:]\\s*(\\p{IsHan}{2,4})\\s*$");
    /** How many lines below the headline a date line may name its author without a lead word. */
    private static final int DATED_NAME_LINES = 3;
    /** How many blocks over the headline are read for a byline. */
    private static final int LINES_ABOVE = 2;
    private static final String NAME_WORD = BylineWords.NAME_WORD;
    /** What follows the date: an optional time, a separator, the name. */
    private static final Pattern AFTER_DATE = Pattern.compile("(?u)(?:\\s*[|•·,]?\\s*\\d{1,2}[:.]\\d{2})?(?:\\s*(?i:uhr|h)\\b)?"
            + "\\s*(?:[|•·]|\\s[-–—])\\s*(?<name>" + NAME_WORD + "(?:\\s+" + NAME_WORD + "){1,3})");

    private TextBylines() {
    }

    /** Names from the first byline line below the headline (else just above it), else an empty list. */
    static List<String> find(Element headline, TextDates dates) {
        if (headline == null) return new ArrayList<>();
        List<String> lines = linesAfter(headline);
        int chars = 0;
        int prose = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            // Once the article's paragraphs have begun, a byline stands alone on its line.
            if (line.length() > MAX_LINE) prose++;
            chars += line.length();
            boolean near = chars <= NEAR_TITLE_CHARS && prose < PROSE_LINES;
            // "Von" or "Auteur" and the name in blocks of their own; a label alone heads a full name only.
            boolean label = near && LABEL_ALONE.matcher(line).matches()
                    && i + 1 < lines.size() && lines.get(i + 1).trim().contains(" ");
            if ((label || LEAD_ALONE.matcher(line).matches()) && i + 1 < lines.size()) {
                line = line.replaceFirst("\\s*:?$", ": ") + lines.get(i + 1);
            }
            if (DataSheets.isSheetAuthor(lines, i, line)) continue;
            List<String> out = names(line, i < DATED_NAME_LINES, near, dates);
            if (!out.isEmpty()) return out;
        }
        List<String> out = above(headline, dates);
        return out.isEmpty() ? ClosingSignature.find(headline, dates) : out;
    }

    /**
     * "<small>04.02.2022 | 13:10 Uhr | Uta Helkenberg</small><h1>": the date line may stand over the headline,
     * in one of the two blocks before it (or before its box).
     */
    private static List<String> above(Element headline, TextDates dates) {
        Element first = headline.previousElementSibling() == null ? headline.parent() : headline;
        int blocks = 0;
        for (Element e = first == null ? null : first.previousElementSibling(); e != null && blocks < LINES_ABOVE;
                e = e.previousElementSibling()) {
            if (e.text().isBlank() || Hidden.within(e)) continue;
            blocks++;
            List<String> out = names(e.text(), true, true, dates);
            if (!out.isEmpty()) return out;
        }
        return new ArrayList<>();
    }

    /**
     * The names of a byline line: {@code dated}, the line may be a date and a name; {@code near}, near
     * the headline a byline may run on into other words, further down the line must be only the byline.
     */
    private static List<String> names(String line, boolean dated, boolean near, TextDates dates) {
        if (line.length() > MAX_LINE) return List.of();
        // the credit's words first: the pattern would be tried at every character of every line
        if (line.contains("作者") || line.contains("责任编辑")) {
            Matcher credit = HAN_CREDIT.matcher(line);
            if (credit.find()) return List.of(credit.group(1));
        }
        List<String> out = dated ? datedName(line, dates) : List.of();
        if (!out.isEmpty()) return out;
        // Further down, only a line that is nothing but a byline: "Von Cosima Künzel" closing the text.
        // ... written as a sentence starts: "von Tommy Krappweis" under a book's title is its credit.
        if (!near && !Character.isUpperCase(line.charAt(0))) return List.of();
        Matcher m = (near ? LEAD : SIGNATURE).matcher(line);
        if (!m.find()) return List.of();
        String names = END.matcher(m.group("names")).replaceFirst("").trim();
        // "Von Atemschutzmaske über Exit-Strategie bis Zoonose" is a headline, not a byline.
        if (!AuthorParser.namelike(names)) return List.of();
        return withoutRoles(AuthorParser.parsePrinted(names, dates));
    }

    /**
     * "11.12.2019 - Amelie Loevenich", "04.02.2022 | 13:10 Uhr | Uta Helkenberg": right below the headline, a
     * line of a date, a separator and a full name (two to four capitalised words) and nothing else names the
     * author. A name before the date is as often the section or the site ("Handball Schweiz • 02.02.2022"),
     * and one after the date without a separator the category ("2020-04-26 Deutsche Sprache").
     */
    private static List<String> datedName(String line, TextDates dates) {
        TextDates.Found d = dates == null ? null : dates.find(line, 0);
        if (d == null || !line.substring(0, d.start()).isBlank()) return List.of();
        Matcher m = AFTER_DATE.matcher(line.substring(d.end()));
        if (!m.matches()) return List.of();
        return withoutRoles(AuthorParser.parsePrinted(m.group("name"), dates));
    }

    /** "Uta Staschewski, Projektleiterin": beside a full name, a lone word is a role. */
    private static List<String> withoutRoles(List<String> names) {
        if (names.stream().noneMatch(n -> n.contains(" "))) return names;
        List<String> out = new ArrayList<>();
        for (String n : names) if (n.contains(" ")) out.add(n);
        return out;
    }

    /** Text after the element, one line per block element (inline elements join their line). */
    static List<String> linesAfter(Element start) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        Element block = null;
        // Whether each element is quoted or hidden, asked once per element: text nodes share ancestors.
        Map<Element, Boolean> quoted = new IdentityHashMap<>();
        int total = 0;
        Node n = start;
        while (n != null && total < AFTER_TITLE_CHARS) {
            Node next = n.childNodeSize() > 0 && n != start ? n.childNode(0) : n.nextSibling();
            while (next == null && n != null) {
                n = n.parent();
                next = n == null ? null : n.nextSibling();
            }
            n = next;
            if (n instanceof Element br && br.normalName().equals("br")) block = null;
            if (!(n instanceof TextNode tn) || tn.isBlank()) continue;
            Element b = blockOf(tn);
            if (b != block && line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
            }
            block = b;
            if (quoted(tn.parent(), quoted)) continue;
            // "By<a>Alex Bozarjian</a>": neighbouring inline elements are separate words.
            if (line.length() > 0) line.append(' ');
            total += appendTrimmed(line, tn);
        }
        if (line.length() > 0) lines.add(line.toString());
        return lines;
    }

    /** Appends {@code tn.text().trim()} without copying it twice on the way; returns its length. */
    private static int appendTrimmed(StringBuilder line, TextNode tn) {
        int start = line.length();
        NormalisedText.append(line, tn.getWholeText(), false);
        int from = start;
        int to = line.length();
        while (from < to && line.charAt(from) <= ' ') from++;
        while (to > from && line.charAt(to - 1) <= ' ') to--;
        line.setLength(to);
        line.delete(start, from);
        return to - from;
    }

    /** Embedded posts and captions carry their own "Ein Beitrag geteilt von ..." credits; hidden text is not read. */
    private static boolean quoted(Element start, Map<Element, Boolean> known) {
        List<Element> path = new ArrayList<>();
        boolean quoted = false;
        for (Element e = start; e != null; e = e.parent()) {
            Boolean k = known.get(e);
            if (k != null) {
                quoted = k;
                break;
            }
            path.add(e);
            String tag = e.normalName();
            if (tag.equals("blockquote") || tag.equals("figure") || tag.equals("figcaption") || Hidden.is(e)) {
                quoted = true;
                break;
            }
        }
        for (Element e : path) known.put(e, quoted);
        return quoted;
    }

    private static Element blockOf(TextNode t) {
        Element e = t.parent();
        while (e != null && e.tag().isInline() && !e.normalName().equals("body")) e = e.parent();
        return e;
    }
}
