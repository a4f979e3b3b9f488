package org.newsgeo.extract.body;

import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the main text of a news page: paragraphs and headings one per line, without navigation,
 * related links, comments or captions. Three passes: measure text per element ({@link NodeStats}),
 * score containers ({@link ContentScorer}) and pick the article's blocks ({@link ArticlePicker}, with the
 * lead paragraph above them: {@link Lead}), write the chosen blocks ({@link TextWriter}).
 * The document is only read, never changed. Thread-safe: the instance holds no state.
 */
public final class BodyExtractor {

    /** The chosen main-text blocks of a page, in document order, with the measures the writer needs. */
    public static final class Content {
        private final NodeStats stats;
        private final List<Element> parts;
        private final List<Element> lead; // standfirst above the parts (see Lead)

        private Content(NodeStats stats, List<Element> parts, List<Element> lead) {
            this.stats = stats;
            this.parts = parts;
            this.lead = lead;
        }

        /** The first main-text block (the metadata reader looks for the headline just before it); null if none. */
        public Element first() {
            return parts.isEmpty() ? null : parts.get(0);
        }
    }

    public String extract(Document doc) {
        return write(content(doc));
    }

    /** Scores the page once; {@link #write} turns the result into text. */
    public Content content(Document doc) {
        Element body = doc.body();
        if (body == null) return new Content(null, List.of(), List.of());
        NodeStats stats = new NodeStats(body);
        List<Element> parts = new ContentScorer(body, stats, true).pick();
        if (parts.isEmpty()) { // class names hid every paragraph: score on text alone
            stats = new NodeStats(body);
            parts = new ContentScorer(body, stats, false).pick();
        }
        if (parts.isEmpty()) return new Content(stats, List.of(body), List.of()); // no paragraph anywhere: best effort
        return new Content(stats, parts, Lead.find(body, stats, parts.get(0)));
    }

    public String write(Content c) {
        if (c.stats == null) return "";
        TextWriter w = new TextWriter(c.stats);
        for (Element e : c.lead) w.write(e);
        for (Element e : c.parts) w.write(e);
        String text = w.result();
        if (!text.isEmpty()) return text;
        w = new TextWriter(c.stats); // the chosen blocks are link lists: still better than nothing
        for (Element e : c.parts) w.writeRoot(e);
        return w.result();
    }
}
