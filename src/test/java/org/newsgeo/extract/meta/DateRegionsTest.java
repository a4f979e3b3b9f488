package org.newsgeo.extract.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * Page regions whose dates belong to other content, and layout wrappers that only name the
 * layout: on a real page of the htmldate evaluation set (Apache-2.0) and on a minimal page.
 */
class DateRegionsTest {

    @Test
    void aLayoutWrapperNamedSidebarDoesNotHideThePostDate() throws IOException {
        // ldt.de wraps the whole post in "mainwrap single-default sidebar"; its post-meta says
        // 08/08/2017 while a slider and the sidebar's widgets show other posts' dates.
        String url = "https://www.ldt.de/ldtblog/fall-in-love-with-black/";
        Metadata m = new MetadataExtractor().extract(MetadataExtractorTest.page("ldt.de.fallinlove.html.gz", url), url);
        assertEquals("2017-08-08", m.published.local().substring(0, 10));
    }

    @Test
    void theSidebarItselfStaysAside() {
        Document d = Jsoup.parse("<div class='mainwrap sidebar'><div class='post-meta'>1 May 2020</div>"
                + "<div class='sidebar'><span class='widget-date'>2 May 2020</span></div></div>");
        assertFalse(PageRegions.isAside(d.selectFirst(".post-meta")));
        assertTrue(PageRegions.isAside(d.selectFirst(".widget-date")));
    }
}
