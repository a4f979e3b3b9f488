package org.newsgeo.extract.body;

import java.util.StringJoiner;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Finds the main text of a page. First version: the text of its paragraphs, one per line. */
public final class BodyExtractor {

    public String extract(Document doc) {
        StringJoiner out = new StringJoiner("\n");
        for (Element p : doc.select("article p, main p")) out.add(p.text());
        if (out.length() == 0) for (Element p : doc.select("p")) out.add(p.text());
        return out.toString().strip();
    }
}
