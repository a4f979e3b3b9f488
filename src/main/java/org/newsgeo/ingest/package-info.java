/**
 * Crawl ingestion: every record of every input file is read, decoded and accounted for.
 *
 * <p>{@link org.newsgeo.ingest.Readers#open} gives a streaming {@link org.newsgeo.ingest.RecordReader} per
 * file. Each item is exactly one of: a {@link org.newsgeo.ingest.SourceRecord} (an article candidate), a
 * {@link org.newsgeo.ingest.Reject} (stage "ingest", a stable reason code), or a skip category.
 *
 * <p>Skip categories (fine records that are not articles): the WARC type for non-response records
 * ({@code warcinfo, request, metadata, revisit, resource, conversion, continuation, unknown, ...});
 * {@code not_http} (dns:, other protocols); {@code status_redirect, status_not_found, status_4xx, status_5xx,
 * status_other}; {@code content_image, content_pdf, content_feed, content_script_style, content_media,
 * content_json, content_text, content_other}; {@code not_html} (no Content-Type, bytes not HTML);
 * {@code empty_payload}.
 *
 * <p>Reject reasons: {@code warc_parse_error} (unparsable record; reading resumes at the next record
 * start), {@code bad_gzip} (corrupt gzip member; resumes at the next member), {@code truncated} (file ends
 * inside a record), {@code truncated_payload}, {@code bad_http}, {@code bad_content_encoding},
 * {@code unsupported_content_encoding}, {@code payload_too_large} (over ReaderOptions.maxPayloadBytes),
 * {@code bad_json}, {@code missing_text} (JSON line without text/maintext), {@code empty_file},
 * {@code read_error} (the stream itself failed).
 *
 * <p>source_offset: for gzipped WARC/WET, the offset of the record's gzip member (CC-NEWS has one record
 * per member); for records inside a whole-file gzip member, the offset in the uncompressed stream; for
 * plain files, the byte offset of the record; for JSON Lines, of the line; 0 for one-record files.
 * {@link org.newsgeo.ingest.RecordTool#print} prints the record back from any of these.
 *
 * <p>WET: the first line of a conversion (Common Crawl puts the page title there) becomes fields "title", the
 * rest is the body; "language" is WARC-Identified-Content-Language as ISO 639-1.
 *
 * <p>Crawl time: WARC-Date, leniently parsed (missing seconds or zone, 14-digit forms); null when it is
 * unusable, because the content is still good.
 */
package org.newsgeo.ingest;
