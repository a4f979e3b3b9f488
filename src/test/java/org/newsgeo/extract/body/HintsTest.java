package org.newsgeo.extract.body;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class HintsTest {
    private static Element el(String html) {
        return Jsoup.parseBodyFragment(html).body().child(0);
    }

    private static boolean boiler(String html) {
        return Hints.boilerplate(Hints.votes(el(html)));
    }

    @Test
    void boilerplateNames() {
        assertTrue(boiler("<div class='comments-area'></div>"));
        assertTrue(boiler("<div class='article-comments'></div>"), "strong word beats a content word");
        assertTrue(boiler("<div class='relatedArticles'></div>"), "camelCase split");
        assertTrue(boiler("<div id='ad-slot-3'></div>"));
        assertTrue(boiler("<div class='site-footer'></div>"));
        assertTrue(boiler("<div role='navigation'></div>"));
    }

    @Test
    void notBoilerplate() {
        assertFalse(boiler("<div class='shadow reader'></div>"), "'ad' only as a whole word");
        assertFalse(boiler("<div class='entry-footer entry-content'></div>"), "weak word loses to a content word");
        assertFalse(boiler("<div class='site has-sidebar'></div>"), "layout flag, not a sidebar");
        assertFalse(boiler("<div class='box modal-enabled'></div>"), "state, not a modal");
        assertFalse(boiler("<article class='post author-jane category-news has-sidebar'></article>"), "CMS taxonomy classes");
        assertTrue(boiler("<article class='tivi-nick-modal dark-modal'></article>"), "an article in a dialog");
        assertFalse(boiler("<section class='row non-paywall'></section>"));
        assertFalse(boiler("<div class='social-media-embed'></div>"), "embedded posts are content");
        assertFalse(boiler("<a class='meta-loc' href='/x'>Sudan</a>"), "links in sentences stay");
        assertFalse(boiler("<h3 class='subheading' id='nav_nur_die_folie__1'>Nur die Folie</h3>"), "a heading's id is an anchor slug");
        assertTrue(boiler("<h2 class='related-title'>More stories</h2>"), "its class still counts");
    }

    @Test
    void inlineWrapperAroundLinkIsUnwrapped() {
        assertFalse(boiler("<span class='rollover-people'><a href='/p'>Ilhan Omar</a><span>card</span></span>"));
        assertTrue(boiler("<span class='rollover-people-block'><span>card</span></span>"));
        assertFalse(boiler("<span class='meta-date'>x</span>"), "weak words ignored inline");
    }

    @Test
    void weights() {
        assertEquals(25, Hints.weight(el("<div class='story-body'></div>")));
        assertEquals(-25, Hints.weight(el("<div class='sidebar'></div>")));
        assertEquals(75, Hints.weight(el("<div itemprop='articleBody' class='content'></div>")));
    }
}
