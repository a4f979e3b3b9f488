package org.newsgeo.extract.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Home links are told by a regex behind a cheap slash count; links on both sides of that pre-test,
 * as pages print them (site logos, archived copies, article links).
 */
class HomeLinkTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', textBlock = """
        /                                                        ; true
        index.php                                                ; true
        /index.html                                              ; true
        https://www.spektrum.de/                                 ; true
        //www.dw.com                                             ; true
        http:                                                    ; true
        https://web.archive.org/web/2020/http://example.org/     ; true
        /web/20200101000000/https://www.hss.de                   ; true
        https://www.hss.de/news/                                 ; false
        /2020/05/31/das-ministerium/                             ; false
        /kultur/artikel                                          ; false
        https://web.archive.org/web/2020/http://example.org/a/b  ; false
        ///                                                      ; false
        /news                                                    ; false
        """)
    void homeLinks(String href, boolean home) {
        assertEquals(home, HeadingText.isHomeLink(href), href);
    }
}
