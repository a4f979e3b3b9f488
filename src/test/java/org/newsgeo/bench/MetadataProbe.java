package org.newsgeo.bench;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.newsgeo.extract.meta.Metadata;
import org.newsgeo.extract.meta.MetadataExtractor;

/** Prints the metadata of one gzipped page: MetadataProbe FILE.html.gz URL. For looking at failures. */
public final class MetadataProbe {
    public static void main(String[] args) throws Exception {
        Document doc;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(Path.of(args[0])))) {
            doc = Jsoup.parse(in, null, args.length > 1 ? args[1] : "");
        }
        Metadata m = new MetadataExtractor().extract(doc, args.length > 1 ? args[1] : "");
        System.out.println("title     " + m.title);
        System.out.println("authors   " + m.authors);
        System.out.println("published " + m.published);
        System.out.println("modified  " + m.modified);
        System.out.println("site      " + m.siteName + "  lang " + m.declaredLanguage + "  canonical " + m.canonicalUrl);
        System.out.println("section   " + m.section + "  tags " + m.tags);
        System.out.println("image     " + m.imageUrl + "  caption " + m.imageCaption);
        System.out.println("desc      " + m.description);
    }
}
