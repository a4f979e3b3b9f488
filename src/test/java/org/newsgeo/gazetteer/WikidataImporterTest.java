package org.newsgeo.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The importer turns a SPARQL JSON result (hand-made fixture in the shape query.wikidata.org returns) into curated rows. */
class WikidataImporterTest {

    @Test
    void convertsBindingsToCuratedRows() throws IOException {
        String json;
        try (InputStream in = getClass().getResourceAsStream("/gazetteer/wikidata-sample.json")) {
            json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String> rows = WikidataImporter.rows(json);
        assertEquals(3, rows.size(), "the row without an English label is skipped");
        assertEquals("BY\thead_of_state\t1994-07-20\t\tAlexander Lukashenko\tLukashenko\tQ2866\tWikidata", rows.get(0));
        assertEquals("CN\tforeign_minister\t2022-12-30\t2023-07-25\tQin Gang\tQin\tQ1000001\tWikidata", rows.get(1));
        // Family name first for Korean names; an unknown day (-00) becomes the first of the month.
        assertEquals("KP\thead_of_state\t2016-06-01\t\tKim Jong Un\tKim\tQ1000003\tWikidata", rows.get(2));
    }

    @Test
    void rowsHaveTheCuratedColumns() {
        assertEquals(8, WikidataImporter.HEADER.split("\t").length);
    }
}
