package org.newsgeo.ingest;

import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

import java.io.IOException;
import java.time.Instant;
import java.util.Locale;

/** WARC files: HTTP 200 responses with an HTML payload become records; the rest is skipped by category. */
final class WarcResponseMapper implements RecordMapper {
    /** Below this many bytes a cut-off payload is not worth keeping. */
    private static final int MIN_SALVAGE = 1024;

    private final ReaderOptions options;

    WarcResponseMapper(ReaderOptions options) {
        this.options = options;
    }

    @Override
    public IngestItem map(String file, long offset, WarcRecord record) throws IOException {
        String type = record.type() == null ? "unknown" : record.type().toLowerCase(Locale.ROOT);
        if (!type.equals("response")) return IngestItem.skip(SkipCategory.ofWarcType(type));
        String url = WarcFields.targetUri(record);
        String blockType = record.headers().first("Content-Type").orElse("").toLowerCase(Locale.ROOT);
        // Some writers omit the block's Content-Type; an http(s) target is then still worth an HTTP parse.
        boolean http = blockType.startsWith("application/http")
                || (blockType.isEmpty() && url != null && url.regionMatches(true, 0, "http", 0, 4));
        if (!http) return IngestItem.skip(SkipCategory.NOT_HTTP);
        if (!(record instanceof WarcResponse)) return IngestItem.skip(SkipCategory.ofWarcType(type));

        HttpResponse resp;
        try {
            resp = ((WarcResponse) record).http();
        } catch (IOException | RuntimeException e) {
            return IngestItem.of(Reject.ingest(file, offset, url, "bad_http", String.valueOf(e)));
        }
        return fromHttp(file, offset, record, url, resp);
    }

    private IngestItem fromHttp(String file, long offset, WarcRecord record, String url, HttpResponse http) {
        int status = http.status();
        if (status != 200) return IngestItem.skip(SkipCategory.ofStatus(status));
        String contentType = http.headers().first("Content-Type").orElse(null);
        String mime = mime(contentType);
        if (mime != null && !isHtml(mime)) return IngestItem.skip(SkipCategory.ofMime(mime));

        byte[] body;
        try {
            Bytes.Partial read = Bytes.readPartial(http.body().stream(), options.maxPayloadBytes);
            body = read.bytes();
            if (read.error() != null && !(body.length >= MIN_SALVAGE && HtmlSniffer.looksLikeHtml(body))) {
                return IngestItem.of(Reject.ingest(file, offset, url, "truncated_payload", String.valueOf(read.error())));
            }
            // A cut-off page (truncated crawl file) still has its title, metadata and most of its text: keep it.
            body = ContentEncodings.decode(body, http.headers().first("Content-Encoding").orElse(null),
                    options.maxPayloadBytes);
        } catch (Bytes.TooLarge e) {
            return IngestItem.of(Reject.ingest(file, offset, url, "payload_too_large", e.getMessage()));
        } catch (ContentEncodings.Unsupported e) {
            return IngestItem.of(Reject.ingest(file, offset, url, "unsupported_content_encoding", e.getMessage()));
        } catch (java.io.EOFException e) {
            return IngestItem.of(Reject.ingest(file, offset, url, "truncated_payload", "compressed body ends early"));
        } catch (IOException | RuntimeException e) {
            return IngestItem.of(Reject.ingest(file, offset, url, "bad_content_encoding", String.valueOf(e)));
        }
        if (body.length == 0) return IngestItem.skip(SkipCategory.EMPTY);
        if (mime == null && !HtmlSniffer.looksLikeHtml(body)) return IngestItem.skip(SkipCategory.NOT_HTML);
        Instant crawl = WarcFields.date(record);
        return IngestItem.of(SourceRecord.html(file, offset, url, crawl, contentType, body));
    }

    static String mime(String contentType) {
        if (contentType == null) return null;
        String m = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        return m.isEmpty() ? null : m;
    }

    static boolean isHtml(String mime) {
        return mime.equals("text/html") || mime.equals("application/xhtml+xml");
    }
}
