package org.newsgeo.extract.body;

import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.newsgeo.bench.BenchIo;

/** Developer tool: which blocks the scorer picks on one page, and the text written. */
public final class DebugPage {
    public static void main(String[] args) throws Exception {
        Document doc = BenchIo.parse(BenchIo.gunzip(Path.of(args[0])), "http://example.com/");
        Element body = doc.body();
        NodeStats stats = new NodeStats(body);
        ContentScorer sc = new ContentScorer(body, stats, true);
        List<Element> parts = sc.pick();
        for (Element e : parts) {
            NodeStats.Stats s = stats.get(e);
            System.out.printf("PICK %s.%s#%s score=%.1f chars=%d ld=%.2f%n", e.normalName(), e.className(), e.id(), s.score, s.chars, s.linkDensity());
        }
        if (args.length > 1) { // ancestors of the element holding a snippet
            Element hit = null;
            for (Element e : body.getAllElements()) if (e.ownText().contains(args[1])) { hit = e; break; }
            for (Element a = hit; a != null; a = a.parent()) {
                NodeStats.Stats s = stats.get(a);
                System.out.printf("  %s.%s#%s votes=%d %s%n", a.normalName(), a.className(), a.id(), Hints.votes(a),
                        s == null ? "SKIPPED" : String.format("boiler=%b cand=%b score=%.1f chars=%d ld=%.2f", s.boiler, s.candidate, s.score, s.chars, s.linkDensity()));
            }
        }
        System.out.println("----");
        System.out.println(new BodyExtractor().extract(doc));
    }
}
