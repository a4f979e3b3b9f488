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
        assertEquals("2017-08-08", MetadataExtractorTest.publishedDay("ldt.de.fallinlove.html.gz", url));
    }

    @Test
    void theSidebarItselfStaysAside() {
        Document d = Jsoup.parse("<div class='mainwrap sidebar'><div class='post-meta'>1 May 2020</div>"
                + "<div class='sidebar'><span class='widget-date'>2 May 2020</span></div></div>");
        assertFalse(PageRegions.isAside(d.selectFirst(".post-meta")));
        assertTrue(PageRegions.isAside(d.selectFirst(".widget-date")));
    }

    @Test
    void todaysDateInTheSiteHeaderAndASliderOfOtherColumnsAreNotThePostDate() throws IOException {
        // nachtkritik.de shows today's date as <time datetime=2023-11-01...> in the header bar next
        // to the navigation, and a slider of other columns with class "date"; the column's own
        // dateline is <span class="text_datum">31. Oktober 2023.</span>.
        String url = "https://nachtkritik.de/kolumnen-georg-kasch/kolumne-queer-royal-ueber-dragqueens-und-dragkings-auf-und-jenseits-der-buehne";
        assertEquals("2023-10-31", MetadataExtractorTest.publishedDay("nachtkritik.de-Dragqueens.html.gz", url));
    }

    @Test
    void aHeaderWithTheHeadlineIsTheArticlesOwn() {
        Document d = Jsoup.parse("<header><nav>Home</nav><time datetime='2023-11-01'>1 Nov</time></header>"
                + "<header class='entry-header'><div class='menu'>x</div><h1>Title</h1><time datetime='2023-10-31'>31 Oct</time></header>");
        assertTrue(PageRegions.inSiteHeader(d.selectFirst("time[datetime=2023-11-01]")));
        assertFalse(PageRegions.inSiteHeader(d.selectFirst("time[datetime=2023-10-31]")));
    }
}
