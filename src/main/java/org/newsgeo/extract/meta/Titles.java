package org.newsgeo.extract.meta;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.select.Elements;
import org.jsoup.select.Evaluator;

/**
 * Chooses the article headline. The visible headline is what readers (and annotators) call the
 * title, while og:title and {@code <title>} are often SEO variants. So: the h1/h2 that the declared
 * titles (og:title, JSON-LD headline, {@code <title>}) confirm, the one most of them confirm when
 * several are (on a tie, not the one in a breadcrumb trail); else the page's only real h1 (not the
 * site's logo or name; a short one only when the declared title has it as words); else the heading
 * just before (or opening) the main text the body extractor chose ({@link MainHeading}); else the
 * declared title without site name and section labels ({@link TitleCleaner}), or the part of it the
 * page prints on its own. Kickers glued to the h1 are cut by {@link HeadingText} when their class
 * says so, else by {@link TitleMatch} when the declared titles leave them out or keep them apart.
 */
final class Titles {
    private static final int MAX_LINK_TEXT = 80;
    private static final Evaluator TITLE = PageElements.query("title");
    private static final Evaluator HEADINGS = PageElements.query("h1, h2");
    private static final Evaluator LINKS = PageElements.query("a[href]");

    private Titles() {
    }

    /** {@code mainText}: the body extractor's first main-text block, or null. */
    static String find(Document doc, MetaTags meta, JsonLd ld, String siteName, String host, Element mainText) {
        Element titleEl = PageElements.selectFirst(doc, TITLE, PageElements.named("title"));
        String og = meta.first("og:title", "twitter:title");
        // JSON-LD written by CMS templates often keeps HTML entities ("&#8222;Arschloch&#8220;")
        String headline = ld == null || ld.headline() == null ? null : Parser.unescapeEntities(ld.headline(), false);
        String plain = titleEl == null ? null : titleEl.text();
        TitleMatch declared = new TitleMatch(og, headline, plain);
        Elements headings = PageElements.select(doc, HEADINGS, PageElements.named("h1", "h2"));
        Set<String> siteNames = siteNames(doc, headings, siteName, host);

        List<String> h1s = new ArrayList<>();
        TitleMatch.Hit best = null;
        Element bestEl = null;
        for (Element h : headings) {
            if (HeadingText.isOther(h)) continue;
            HeadingText.Parts parts = declared.withoutKicker(HeadingText.parts(h));
            String t = parts.text();
            if (t.length() < 3 || t.length() > 300 || TitleCleaner.isMostlySiteName(t, siteNames, host)) continue;
            if (h.normalName().equals("h1") && !h1s.contains(t)) h1s.add(t);
            if (TitleCleaner.key(t).length() < 6) continue;
            TitleMatch.Hit hit = declared.match(parts, h.normalName().equals("h1"));
            if (hit != null && beats(hit, h, best, bestEl)) {
                best = hit;
                bestEl = h;
            }
        }
        if (best != null) return styledInFull(longer(best.text(), headings, bestEl), doc);
        String h1 = h1s.size() == 1 ? h1s.get(0) : null;
        String raw = MetadataExtractor.first(og, headline, plain);
        // a short one ("Design") only when the declared title names it too: not a section label
        if (h1 != null && (h1.length() >= 10 || raw != null && inWords(raw, h1))) return h1;
        String near = MainHeading.find(doc, mainText, siteNames, host);
        if (near != null) return near;
        if (raw == null) return h1;
        String cleaned = HeadingText.tidy(TitleCleaner.clean(raw, siteNames, host, h1, linkTexts(doc)));
        if (TitleCleaner.isSiteName(cleaned, siteName, host)) {
            // The declared title is just the site's name (blog home templates): use the post heading.
            for (Element post : doc.select("article h1, article h2, [class~=(?i)post|entry] h1, [class~=(?i)post|entry] h2, h1")) {
                String t = HeadingText.of(post);
                if (t.length() >= 3 && !PageRegions.isAside(post) && !TitleCleaner.namesSite(t, siteName, host)) return t;
            }
        }
        return cleaned.isEmpty() ? null : printedPart(cleaned, doc);
    }

    /**
     * The run of the title's segments that the page prints as an element's whole text, not as a
     * link: the headline without the section and site labels left glued to it ("…大不同_教育频道"
     * over the page's "…大不同"). The title itself when none is, or the run is less than half of it.
     */
    private static String printedPart(String title, Document doc) {
        List<int[]> seg = TitleCleaner.segments(title);
        if (seg.size() < 2) return title;
        Set<String> printed = new HashSet<>();
        for (Element e : PageElements.inBody(doc)) {
            if (e.closest("a") == null && !e.ownText().isBlank()) printed.add(TitleCleaner.key(e.ownText()));
        }
        String best = null;
        for (int i = 0; i < seg.size(); i++) {
            for (int j = i; j < seg.size(); j++) {
                String run = title.substring(seg.get(i)[0], seg.get(j)[1]).trim();
                if ((i > 0 || j < seg.size() - 1) && printed.contains(TitleCleaner.key(run)) && (best == null || run.length() > best.length())) best = run;
            }
        }
        return best != null && TitleCleaner.key(best).length() * 2 >= TitleCleaner.key(title).length() ? best : title;
    }

    /**
     * The confirmed headline, or the next heading when that repeats it and goes on: the declared
     * titles were cut short, the page prints the headline in full below ("… Teil 49" over "… Teil 49 –
     * Büssing-NAG (Baujahre 1931 – 1945)"). Not when more headings go on from it: then it is the
     * topic their sections start with ("1000 Euro Kredit - Online & schnell", "… - Sofortzusage").
     */
    private static String longer(String text, Elements headings, Element confirmed) {
        int i = headings.indexOf(confirmed);
        if (i < 0 || i + 1 >= headings.size() || HeadingText.isOther(headings.get(i + 1))) return text;
        String next = HeadingText.of(headings.get(i + 1));
        if (!goesOn(next, text) || next.length() > 300) return text;
        for (int k = i + 2; k < headings.size(); k++) if (goesOn(HeadingText.of(headings.get(k)), text)) return text;
        return next;
    }

    /**
     * The headline in full when the page prints it so in one styled headline element outside side
     * boxes, the confirmed heading being its short form (a stage's "Leasing oder Finanzierung – was
     * lohnt sich mehr?" over the h1 "Leasing oder Finanzierung").
     */
    private static String styledInFull(String text, Document doc) {
        Set<String> found = new HashSet<>();
        String lower = text.toLowerCase(Locale.ROOT);
        // Styled headline elements are few: test for them before reading an element's own text.
        for (Element e : PageElements.inBody(doc)) {
            if (!MainHeading.isStyledHeadline(e) || !e.ownText().toLowerCase(Locale.ROOT).contains(lower) || PageRegions.isAside(e)) continue;
            String t = HeadingText.of(e);
            if (goesOn(t, text) && t.length() <= 300) found.add(t);
        }
        return found.size() == 1 ? found.iterator().next() : text;
    }

    private static boolean goesOn(String t, String start) {
        return t.length() > start.length() && t.startsWith(start) && !Character.isLetterOrDigit(t.charAt(start.length()));
    }

    /**
     * Whether {@code hit} on heading {@code h} beats the best so far. When both are confirmed alike,
     * the one outside a breadcrumb trail: the trail ends with the page's SEO title, the headline
     * proper is printed elsewhere (skipping trail headings altogether lost more than it won).
     */
    private static boolean beats(TitleMatch.Hit hit, Element h, TitleMatch.Hit best, Element bestEl) {
        if (best != null && hit.tier() == best.tier() && hit.votes() == best.votes()) {
            boolean crumb = inBreadcrumb(h), bestCrumb = inBreadcrumb(bestEl);
            if (crumb != bestCrumb) return bestCrumb;
        }
        return hit.beats(best);
    }

    private static boolean inBreadcrumb(Element h) {
        for (Element e = h; e != null; e = e.parent()) {
            if ((e.className() + " " + e.id() + " " + e.attr("itemtype")).toLowerCase(Locale.ROOT).contains("breadcrumb")) return true;
        }
        return false;
    }

    /** Whether {@code part} occurs in {@code text} as whole words. */
    private static boolean inWords(String text, String part) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(part) + "(?![\\p{L}\\p{N}])").matcher(text).find();
    }

    /** The declared site name and the texts of the page's logo headings ({@code headings}: its h1 and h2) and home-page links. */
    private static Set<String> siteNames(Document doc, Elements headings, String siteName, String host) {
        Set<String> out = new LinkedHashSet<>();
        if (siteName != null && !siteName.isBlank()) out.add(siteName.trim());
        for (Element h : headings) if (HeadingText.isLogo(h) && !h.text().isBlank()) out.add(h.text().trim());
        for (Element a : PageElements.select(doc, LINKS, PageElements.named("a"))) {
            if (!a.attr("rel").equals("home") && !HeadingText.isOwnHomeLink(a.attr("href").trim(), host)) continue;
            String text = a.text().trim();
            if (text.length() >= 3 && text.length() <= 60) out.add(text);
        }
        return out;
    }

    /** Keys of the page's link texts: section and category names, which titles carry as labels. */
    private static Set<String> linkTexts(Document doc) {
        Set<String> out = new HashSet<>();
        for (Element a : doc.select("body a[href]")) {
            String text = a.text();
            if (text.length() >= 2 && text.length() <= MAX_LINK_TEXT) out.add(TitleCleaner.key(text));
        }
        out.remove("");
        return out;
    }
}
