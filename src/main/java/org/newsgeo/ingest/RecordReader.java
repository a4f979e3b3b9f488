package org.newsgeo.ingest;

import java.io.Closeable;
import java.util.Iterator;

/** Streams the records of one input file; never throws for a bad record, it yields a reject instead. */
public interface RecordReader extends Iterator<IngestItem>, Closeable {
}
