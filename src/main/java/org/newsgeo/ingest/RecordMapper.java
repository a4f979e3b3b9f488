package org.newsgeo.ingest;

import org.netpreserve.jwarc.WarcRecord;

import java.io.IOException;

/** Turns one parsed WARC record into what the job sees; one per flavour (WARC responses, WET conversions). */
interface RecordMapper {
    /**
     * @param offset the record's byte offset in the file (of its gzip member when gzipped)
     * @throws IOException when the record's block cannot be read; the reader turns it into a reject
     */
    IngestItem map(String sourceFile, long offset, WarcRecord record) throws IOException;
}
