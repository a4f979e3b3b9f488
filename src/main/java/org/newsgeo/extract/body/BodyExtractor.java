package org.newsgeo.extract.body;

import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the main text of a news page: paragraphs and headings one per line, without navigation,
 * related links, comments or captions. Three passes: measure text per element ({@link NodeStats}),
 * score containers ({@link ContentScorer}), write the chosen blocks ({@link TextWriter}).
 * The document is only read, never changed. Thread-safe: the instance holds no state.
 */
public final class BodyExtractor {

    public String extract(Document doc) {
        Element body = doc.body();
        if (body == null) return "";
        NodeStats stats = new NodeStats(body);
        List<Element> parts = new ContentScorer(body, stats, true).pick();
        if (parts.isEmpty()) { // class names hid every paragraph: score on text alone
            stats = new NodeStats(body);
            parts = new ContentScorer(body, stats, false).pick();
        }
        if (parts.isEmpty()) parts = List.of(body); // no paragraph anywhere: best effort over the whole page
        TextWriter w = new TextWriter(stats);
        for (Element e : parts) w.write(e);
        String text = w.result();
        if (!text.isEmpty()) return text;
        w = new TextWriter(stats); // the chosen blocks are link lists: still better than nothing
        for (Element e : parts) w.writeRoot(e);
        return w.result();
    }
}
