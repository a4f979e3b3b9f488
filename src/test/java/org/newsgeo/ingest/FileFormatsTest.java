package org.newsgeo.ingest;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** JSON Lines, text and HTML file inputs. */
class FileFormatsTest {

    private static ReaderRun run(String name, String content, InputFormat f, ReaderOptions o) {
        return ReaderRun.bytes(name, content.getBytes(StandardCharsets.UTF_8), f, o);
    }

    @Test
    void jsonLinesInBothVocabulariesAndBadLinesWithOffsets() {
        String ours = "{\"id\":\"a1\",\"url\":\"https://n.example/x\",\"title\":\"T\",\"text\":\"Body \\u00e9 \\ud83d\\ude00\\n2nd\","
                + "\"published\":\"2024-03-01T10:00:00Z\",\"language\":\"en\"}";
        String bad = "{\"url\": \"https://n.example/broken\", \"text\": \"unterminated}";
        String np = "{\"maintext\":\"Texte\",\"date_publish\":\"2017-02-21 12:00:00\",\"title\":\"Titre\","
                + "\"source_domain\":\"lemonde.fr\",\"authors\":[\"A. B\",\"C D\"],\"language\":\"fr\",\"description\":\"d\","
                + "\"url\":\"https://lemonde.fr/y\",\"date_download\":\"2017-02-22 08:30:00\",\"image_url\":null}";
        String content = ours + "\n\n" + bad + "\r\n" + np + "\n[1,2]\n{\"title\":\"no text\"}";
        ReaderRun r = run("a.jsonl", content, InputFormat.JSONL, ReaderOptions.defaults());
        assertEquals("{records=2, reject:bad_json=2, reject:missing_text=1}", r.counts.toString());

        SourceRecord a = r.records().get(0);
        assertEquals(0, a.sourceOffset);
        assertEquals("Body é \uD83D\uDE00\n2nd", a.text);
        assertEquals("https://n.example/x", a.url);
        assertEquals("a1", a.fields.get("id"));
        assertEquals("2024-03-01T10:00:00Z", a.fields.get("published"));
        assertEquals("en", a.fields.get("language"));

        Reject b = r.rejects().get(0);
        assertEquals("bad_json", b.reason());
        assertEquals(ours.getBytes(StandardCharsets.UTF_8).length + 2, b.sourceOffset()); // after line 1 and the blank line

        SourceRecord n = r.records().get(1);
        assertEquals("Texte", n.text);
        assertEquals("2017-02-21T12:00:00", n.fields.get("published"));
        assertEquals("lemonde.fr", n.fields.get("domain"));
        assertEquals("A. B\nC D", n.fields.get("authors"));
        assertEquals("d", n.fields.get("description"));
        assertEquals(Instant.parse("2017-02-22T08:30:00Z"), n.crawlTime);
        assertNull(n.fields.get("image_url"));
    }

    @Test
    void aLineOverTheCapIsRejectedAndTheNextOneRead() {
        String huge = "{\"text\":\"" + "x".repeat(5000) + "\"}";
        ReaderRun r = run("h.jsonl", huge + "\n{\"text\":\"small\"}\n", InputFormat.JSONL, new ReaderOptions(1000));
        assertEquals("{records=1, reject:payload_too_large=1}", r.counts.toString());
        assertEquals(huge.length() + 1, r.records().get(0).sourceOffset);
    }

    @Test
    void gzippedJsonLinesAreUnpacked() throws IOException {
        byte[] gz = WarcRecordsTest.gzip("{\"text\":\"héllo\"}\n".getBytes(StandardCharsets.UTF_8));
        ReaderRun r = ReaderRun.bytes("x.jsonl.gz", gz, InputFormat.JSONL, ReaderOptions.defaults());
        assertEquals("héllo", r.records().get(0).text);
    }

    @Test
    void textFileIsOneArticleVerbatim() {
        String t = "Titel\n\nBeijing: Der Präsident reiste nach Minsk.\n";
        ReaderRun r = run("/data/a.txt", "\uFEFF" + t, InputFormat.TEXT, ReaderOptions.defaults());
        List<SourceRecord> recs = r.records();
        assertEquals(1, recs.size());
        assertEquals(t, recs.get(0).text);
        assertNull(recs.get(0).url);
        assertEquals(SourceRecord.Kind.TEXT, recs.get(0).kind);
    }

    @Test
    void htmlFileGetsItsFileUriAndRawBytes() throws IOException {
        byte[] html = "<html><head><title>x</title></head></html>".getBytes(StandardCharsets.UTF_8);
        SourceRecord r = ReaderRun.bytes("/data/p.html", html, InputFormat.HTML, ReaderOptions.defaults()).records().get(0);
        assertEquals("file:///data/p.html", r.url);
        assertEquals(new String(html, StandardCharsets.UTF_8), new String(r.payload, StandardCharsets.UTF_8));
        SourceRecord g = ReaderRun.bytes("s3a://b/p.html.gz", WarcRecordsTest.gzip(html), InputFormat.AUTO,
                ReaderOptions.defaults()).records().get(0);
        assertEquals("s3a://b/p.html.gz", g.url);
        assertEquals(html.length, g.payload.length);
    }

    @Test
    void emptyAndOversizeFilesAreRejects() {
        assertEquals("{reject:empty_file=1}", run("e.html", "", InputFormat.HTML, ReaderOptions.defaults()).counts.toString());
        assertEquals("{reject:payload_too_large=1}",
                run("big.txt", "y".repeat(2000), InputFormat.TEXT, new ReaderOptions(1000)).counts.toString());
    }

    @Test
    void languageCodesBecomeIso6391() {
        assertEquals("es", Languages.toAlpha2("spa"));
        assertEquals("en", Languages.toAlpha2("eng,fra"));
        assertEquals("zh", Languages.toAlpha2("zho"));
        assertEquals("pt", Languages.toAlpha2("pt-BR"));
        assertNull(Languages.toAlpha2("xyz"));
    }

    @Test
    void lenientWarcDates() {
        assertEquals(Instant.parse("2019-08-15T01:02:00Z"), WarcFields.parseDate("2019-08-15T01:02"));
        assertEquals(Instant.parse("2023-11-16T10:11:44.152Z"), WarcFields.parseDate("2023-11-16T10:11:44.152Z"));
        assertEquals(Instant.parse("2008-04-30T20:48:25Z"), WarcFields.parseDate("20080430204825"));
        assertNull(WarcFields.parseDate("2008-10-294T05:21:46-0700"));
        assertNull(WarcFields.parseDate("5088968-11-06T12:31:23Z"));
    }
}
