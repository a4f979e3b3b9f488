package org.newsgeo.ingest;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every real WARC/WET fixture read to its end, with the exact tally of documents, skips by category and
 * rejects by reason (numbers checked against the files' SOURCES.txt descriptions and warcio's expectations).
 */
class WarcReadersTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "jwarc-cc-2019-12-commoncrawl.org.warc.gz | records=1",
        "resiliparse-CC-MAIN-2020-34-sample.warc.gz | records=16 skip:metadata=16 skip:request=17 skip:warcinfo=1",
        "whirlwind-CC-MAIN-2024-22.warc.gz | records=1 skip:metadata=1 skip:request=1 skip:warcinfo=1",
        // cut-off gzip: the page is kept (title, most of the text), the broken end of file is one reject
        "resiliparse-clipped-ccnews-2016-10-houstonpress.TRUNCATED.warc.gz | records=1 reject:truncated=1",
        "jwarc-gzip-extra-field-sl-wget.warc.gz | skip:warcinfo=1",
        "resiliparse-block-sized-records-unknown-type.warc.gz | skip:unknown=3",
        // WARC/0.18, invalid WARC-Date, LF-only HTTP headers, a Content-Encoding: gzip header over plain bytes
        "resiliparse-clueweb09-quirks-warc018.warc.gz | records=29 skip:warcinfo=1",
        "stormcrawler-CC-MAIN-2016-50-unparsable-date.warc.gz | skip:request=1 skip:status_not_found=1 skip:warcinfo=1",
        "warcio-example-bad-non-chunked.warc.gz | records=1 skip:request=2 skip:revisit=1 skip:warcinfo=2",
        "warcio-example-bad.warc.gz.bad | records=1 skip:request=2 skip:revisit=1 skip:status_redirect=1 skip:warcinfo=1",
        "warcio-example-digest.warc | skip:request=4",
        "warcio-example-iana.org-chunked.warc | records=1 skip:request=1 skip:warcinfo=1",
        "warcio-example-space-in-target-uri.warc.gz | skip:resource=1 skip:warcinfo=1",
        // the response's Content-Length runs into the next record: reject it, then resync on the request
        "warcio-example-trunc.warc | reject:truncated_payload=1 reject:warc_parse_error=1 skip:request=1 skip:warcinfo=2",
        "warcio-example-wget-bad-target-uri.warc.gz | records=1 skip:metadata=1 skip:request=1 skip:resource=2 skip:warcinfo=1",
        "warcio-example-wrong-chunks.warc.gz | records=1 skip:request=1",
        "dolma-wget-sample-0001.warc.gz | records=15 skip:metadata=1 skip:request=15 skip:resource=2 skip:warcinfo=1",
        "stormcrawler-archivewebpage-warc11.warc.gz | records=2 skip:content_image=6 skip:content_other=1 "
            + "skip:content_script_style=7 skip:content_text=1 skip:request=20 skip:revisit=2 skip:status_5xx=1 skip:warcinfo=2",
        "warcio-example.warc.gz | records=1 skip:request=2 skip:revisit=1 skip:warcinfo=2",
    })
    void warcFileTally(String file, String expected) {
        assertEquals(parse(expected), ReaderRun.resource("warc/" + file, InputFormat.WARC).counts);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "whirlwind-CC-MAIN-2024-22.warc.wet.gz | records=1 skip:warcinfo=1",
        // hand-made, LF-only, wrong Content-Lengths: the lenient reader still finds all 3 conversions
        "cc_net-sample-handmade-lenient.warc.wet | records=3 skip:warcinfo=1",
    })
    void wetFileTally(String file, String expected) {
        assertEquals(parse(expected), ReaderRun.resource("warc/" + file, InputFormat.WET).counts);
    }

    static Map<String, Integer> parse(String s) {
        Map<String, Integer> m = new TreeMap<>();
        for (String kv : s.trim().split("\\s+")) {
            String[] p = kv.split("=");
            m.put(p[0], Integer.parseInt(p[1]));
        }
        return m;
    }

    /** In per-record gzip files every gzip member is one record, so every member must come out as one item. */
    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {
        "resiliparse-CC-MAIN-2020-34-sample.warc.gz", "whirlwind-CC-MAIN-2024-22.warc.gz",
        "dolma-wget-sample-0001.warc.gz", "stormcrawler-archivewebpage-warc11.warc.gz", "warcio-example.warc.gz"})
    void everyGzipMemberIsAccountedFor(String file) {
        byte[] data = ReaderRun.load("warc/" + file);
        ReaderRun run = ReaderRun.bytes(file, data, InputFormat.WARC, ReaderOptions.defaults());
        java.util.List<Long> members = WarcRecordsTest.memberStarts(data);
        assertEquals(members.size(), run.items.size());
        java.util.List<Long> offsets = new java.util.ArrayList<>();
        for (IngestItem it : run.items) {
            if (it.record() != null) offsets.add(it.record().sourceOffset);
        }
        org.junit.jupiter.api.Assertions.assertTrue(members.containsAll(offsets));
    }
}
