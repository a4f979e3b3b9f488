package org.newsgeo.ingest;

import org.netpreserve.jwarc.WarcRecord;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** WET files: each `conversion` record is already-extracted UTF-8 text of one page. */
final class WetConversionMapper implements RecordMapper {
    private final ReaderOptions options;

    WetConversionMapper(ReaderOptions options) {
        this.options = options;
    }

    @Override
    public IngestItem map(String file, long offset, WarcRecord record) throws IOException {
        String type = record.type() == null ? "unknown" : record.type().toLowerCase(Locale.ROOT);
        if (!type.equals("conversion")) return IngestItem.skip(SkipCategory.ofWarcType(type));
        String url = WarcFields.targetUri(record);
        byte[] block;
        try {
            block = Bytes.readCapped(record.body().stream(), options.maxPayloadBytes);
        } catch (Bytes.TooLarge e) {
            return IngestItem.of(Reject.ingest(file, offset, url, "payload_too_large", e.getMessage()));
        }
        String text = new String(block, StandardCharsets.UTF_8);
        if (text.isBlank()) return IngestItem.skip(SkipCategory.EMPTY);
        return IngestItem.of(WetRecords.record(file, offset, url, WarcFields.date(record), text,
                record.headers().first("WARC-Identified-Content-Language").orElse(null)));
    }
}
