package org.newsgeo.ingest;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a WARC record becomes: offsets, URLs, dates, payload bytes; and reading on after damage. */
class WarcRecordsTest {
    private static final String SAMPLE = "warc/resiliparse-CC-MAIN-2020-34-sample.warc.gz";

    @Test
    void offsetsAreGzipMemberStartsAndFieldsAreRead() {
        List<SourceRecord> recs = ReaderRun.resource(SAMPLE, InputFormat.WARC).records();
        SourceRecord first = recs.get(0);
        assertEquals(940, first.sourceOffset); // checked against the member boundaries with Python's zlib
        assertEquals("http://003338.cn/l41/481397.html", first.url);
        assertEquals(Instant.parse("2020-08-08T17:27:41Z"), first.crawlTime);
        assertEquals(12685, recs.get(1).sourceOffset);
        assertEquals("text/html; charset=windows-1251", recs.get(1).contentType);
        List<Long> starts = memberStarts(ReaderRun.load(SAMPLE));
        for (SourceRecord r : recs) assertTrue(starts.contains(r.sourceOffset), "offset " + r.sourceOffset);
    }

    @Test
    void payloadIsTheExactHttpBody() {
        SourceRecord spb = ReaderRun.resource(SAMPLE, InputFormat.WARC).records().get(1);
        // the same payload cut out of this WARC independently (its SHA-1 equals the WARC-Payload-Digest)
        assertArrayEquals(ReaderRun.load("charset/01spb.ru-company.windows-1251.html"), spb.payload);
    }

    @Test
    void quirkyWarc018IsReadWithToleratedDateAndPlainPayloadUnderGzipHeader() {
        List<SourceRecord> recs = ReaderRun.resource("warc/resiliparse-clueweb09-quirks-warc018.warc.gz", InputFormat.WARC).records();
        SourceRecord r = recs.get(0);
        assertEquals("http://www.uraharajuku.st/shopdetail/001005000005/019/000/order/", r.url);
        assertNull(r.crawlTime); // "2008-10-294T05:21:46-0700" is no date; the page is still kept
        String html = Charsets.decode(r.payload, r.contentType);
        assertTrue(html.contains("原宿"), "EUC-JP page decodes to Japanese");
        assertTrue(html.toLowerCase().contains("<html"));
    }

    @Test
    void wgetAngleBracketUrisAreCleaned() {
        SourceRecord r = ReaderRun.resource("warc/warcio-example-wget-bad-target-uri.warc.gz", InputFormat.WARC).records().get(0);
        assertEquals("http://example.com/", r.url);
    }

    @Test
    void corruptGzipMemberIsRejectedAndTheRestRead() throws IOException {
        byte[] data = ReaderRun.load(SAMPLE).clone();
        // scramble the deflate data of the first response member (offset 940) past its 10-byte header
        for (int i = 960; i < 1200; i++) data[i] = (byte) (data[i] ^ 0x5a);
        ReaderRun run = ReaderRun.bytes("x.warc.gz", data, InputFormat.WARC, ReaderOptions.defaults());
        assertEquals(15, run.records().size());
        assertEquals(1, run.rejects().size());
        assertEquals(940, run.rejects().get(0).sourceOffset());
        assertEquals(12685, run.records().get(0).sourceOffset);
        List<SourceRecord> all = ReaderRun.resource(SAMPLE, InputFormat.WARC).records();
        assertEquals(all.get(all.size() - 1).url, run.records().get(14).url);
    }

    @Test
    void garbageBetweenPlainRecordsIsOneRejectThenReadingGoesOn() throws IOException {
        byte[] plain = new GZIPInputStream(new ByteArrayInputStream(
                ReaderRun.load("warc/whirlwind-CC-MAIN-2024-22.warc.gz"))).readAllBytes();
        String s = new String(plain, StandardCharsets.ISO_8859_1);
        int second = s.indexOf("WARC/1.0", 10); // break the request record's header
        String broken = s.substring(0, second) + "WARC/1.0\r\nthis is not a header\r\n\r\n" + s.substring(second + 8);
        ReaderRun run = ReaderRun.bytes("x.warc", broken.getBytes(StandardCharsets.ISO_8859_1), InputFormat.WARC,
                ReaderOptions.defaults());
        assertEquals(1, run.rejects().size());
        assertEquals(1, run.records().size());
        assertEquals("https://an.wikipedia.org/wiki/Escopete", run.records().get(0).url);
    }

    @Test
    void oversizePayloadIsRejectedAndTheNextRecordRead() {
        ReaderRun run = ReaderRun.bytes("s.warc.gz", ReaderRun.load(SAMPLE), InputFormat.WARC, new ReaderOptions(20_000));
        long tooLarge = run.rejects().stream().filter(r -> r.reason().equals("payload_too_large")).count();
        assertTrue(tooLarge > 0);
        assertEquals(16, run.records().size() + tooLarge);
    }

    @Test
    void gzipAndDeflateContentEncodingsAreUndone() throws IOException {
        String html = "<!doctype html><html><head><title>Über</title></head><body>Hallo Welt</body></html>";
        byte[] gz = gzip(html.getBytes(StandardCharsets.UTF_8));
        byte[] warc = response("http://a.example/", "gzip", gz);
        SourceRecord r = ReaderRun.bytes("g.warc", warc, InputFormat.WARC, ReaderOptions.defaults()).records().get(0);
        assertEquals(html, new String(r.payload, StandardCharsets.UTF_8));
        java.util.zip.Deflater d = new java.util.zip.Deflater();
        d.setInput(html.getBytes(StandardCharsets.UTF_8));
        d.finish();
        byte[] buf = new byte[1000];
        int n = d.deflate(buf);
        byte[] deflated = java.util.Arrays.copyOf(buf, n);
        r = ReaderRun.bytes("d.warc", response("http://b.example/", "deflate", deflated), InputFormat.WARC,
                ReaderOptions.defaults()).records().get(0);
        assertEquals(html, new String(r.payload, StandardCharsets.UTF_8));
    }

    static byte[] response(String url, String encoding, byte[] body) throws IOException {
        ByteArrayOutputStream http = new ByteArrayOutputStream();
        http.write(("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Encoding: " + encoding
                + "\r\nContent-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        http.write(body);
        byte[] block = http.toByteArray();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(("WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-000000000001>\r\n"
                + "WARC-Date: 2024-01-02T03:04:05Z\r\nWARC-Target-URI: " + url + "\r\n"
                + "Content-Type: application/http; msgtype=response\r\nContent-Length: " + block.length + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        out.write(block);
        out.write("\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    static byte[] gzip(byte[] b) throws IOException {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        try (GZIPOutputStream g = new GZIPOutputStream(o)) {
            g.write(b);
        }
        return o.toByteArray();
    }

    /** Offsets of gzip members, found by inflating member after member. */
    static List<Long> memberStarts(byte[] data) {
        List<Long> starts = new ArrayList<>();
        int pos = 0;
        while (pos < data.length) {
            starts.add((long) pos);
            java.util.zip.Inflater inf = new java.util.zip.Inflater(true);
            int flg = data[pos + 3], hdr = pos + 10;
            if ((flg & 4) != 0) hdr += 2 + (data[hdr] & 0xff) + ((data[hdr + 1] & 0xff) << 8); // FEXTRA (wget)
            if ((flg & 8) != 0) while (data[hdr++] != 0) { /* FNAME */ }
            if ((flg & 16) != 0) while (data[hdr++] != 0) { /* FCOMMENT */ }
            if ((flg & 2) != 0) hdr += 2;
            inf.setInput(data, hdr, data.length - hdr);
            byte[] out = new byte[65536];
            try {
                while (!inf.finished()) inf.inflate(out);
            } catch (java.util.zip.DataFormatException e) {
                throw new IllegalStateException(e);
            }
            pos = data.length - inf.getRemaining() + 8; // skip the CRC32 and ISIZE trailer
            inf.end();
        }
        return starts;
    }

    /** The ukwa brotli fixture has a mixed GPL licence, so it is read from the shared data when present, never copied. */
    @Test
    void brotliContentEncodingIsUndone() throws IOException {
        java.nio.file.Path shared = java.nio.file.Path.of(System.getenv().getOrDefault("NEWSGEO_SHARED", "/work/shared"),
                "corpora/warc/other-crawlers/ukwa-http-content-encoding-brotli.warc.gz");
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.exists(shared), "shared data not present");
        ReaderRun br = ReaderRun.bytes("br.warc.gz", java.nio.file.Files.readAllBytes(shared), InputFormat.WARC,
                ReaderOptions.defaults());
        ReaderRun none = ReaderRun.bytes("none.warc.gz", java.nio.file.Files.readAllBytes(
                shared.resolveSibling("ukwa-http-content-encoding-none.warc.gz")), InputFormat.WARC, ReaderOptions.defaults());
        assertEquals(1, br.records().size());
        assertArrayEquals(none.records().get(0).payload, br.records().get(0).payload);
    }

    @Test
    void wetConversionCarriesTextUrlTimeAndTwoLetterLanguage() {
        SourceRecord r = ReaderRun.resource("warc/whirlwind-CC-MAIN-2024-22.warc.wet.gz", InputFormat.WET).records().get(0);
        assertEquals(SourceRecord.Kind.FIELDS, r.kind);
        assertEquals("https://an.wikipedia.org/wiki/Escopete", r.url);
        assertEquals("es", r.fields.get("language")); // WARC-Identified-Content-Language: spa
        assertEquals(Instant.parse("2024-05-18T01:58:10Z"), r.crawlTime);
        assertEquals("Escopete - Biquipedia, a enciclopedia libre", r.fields.get("title")); // WET's first line
        assertTrue(r.text.startsWith("Ir al contenido\n"), r.text.substring(0, 30));
    }

    @Test
    void chunkedTransferEncodingIsRemoved() {
        SourceRecord r = ReaderRun.resource("warc/warcio-example-iana.org-chunked.warc", InputFormat.WARC).records().get(0);
        String html = new String(r.payload, StandardCharsets.UTF_8);
        assertTrue(html.startsWith("<!doctype html>"), html.substring(0, 20));
        assertTrue(html.stripTrailing().endsWith("</html>"));
    }

    @Test
    void consecutiveCorruptMembersAreEachOneReject() {
        byte[] data = ReaderRun.load(SAMPLE).clone();
        for (int i = 960; i < 1200; i++) data[i] = (byte) (data[i] ^ 0x5a);     // response member at 940
        for (int i = 11865; i < 12000; i++) data[i] = (byte) (data[i] ^ 0x5a); // metadata member at 11845
        ReaderRun run = ReaderRun.bytes("x.warc.gz", data, InputFormat.WARC, ReaderOptions.defaults());
        assertEquals(List.of(940L, 11845L), run.rejects().stream().map(Reject::sourceOffset).toList());
        assertEquals("{records=15, reject:bad_gzip=2, skip:metadata=15, skip:request=17, skip:warcinfo=1}",
                run.counts.toString());
    }

    @Test
    void aContentLengthThatOverrunsIntoTheNextMembersDoesNotLoseThem() throws IOException {
        // rebuild the sample member by member, with the first request's Content-Length 3000 bytes too long
        byte[] gz = ReaderRun.load(SAMPLE);
        List<Long> starts = memberStarts(gz);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int m = 0; m < starts.size(); m++) {
            int from = starts.get(m).intValue(), to = m + 1 < starts.size() ? starts.get(m + 1).intValue() : gz.length;
            byte[] member = java.util.Arrays.copyOfRange(gz, from, to);
            if (from == 481) {
                String rec = new String(new GZIPInputStream(new ByteArrayInputStream(member)).readAllBytes(),
                        StandardCharsets.ISO_8859_1);
                java.util.regex.Matcher cl = java.util.regex.Pattern.compile("Content-Length: (\\d+)").matcher(rec);
                assertTrue(cl.find());
                rec = cl.replaceFirst("Content-Length: " + (Integer.parseInt(cl.group(1)) + 3000));
                member = gzip(rec.getBytes(StandardCharsets.ISO_8859_1));
            }
            out.write(member);
        }
        ReaderRun run = ReaderRun.bytes("overrun.warc.gz", out.toByteArray(), InputFormat.WARC, ReaderOptions.defaults());
        assertEquals(16, run.records().size(), run.counts.toString()); // the swallowed response is read again
        assertEquals(1, run.rejects().size(), run.counts.toString());
    }
}
