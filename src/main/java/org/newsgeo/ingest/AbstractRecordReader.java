package org.newsgeo.ingest;

import java.util.NoSuchElementException;

/** Iterator plumbing shared by the readers: subclasses only say how to compute the next item. */
abstract class AbstractRecordReader implements RecordReader {
    private IngestItem next;
    private boolean done;

    /** The next item, or null at the end of the file. Must not throw for a bad record. */
    protected abstract IngestItem computeNext();

    @Override
    public final boolean hasNext() {
        if (next == null && !done) {
            next = computeNext();
            if (next == null) done = true;
        }
        return next != null;
    }

    @Override
    public final IngestItem next() {
        if (!hasNext()) throw new NoSuchElementException();
        IngestItem n = next;
        next = null;
        return n;
    }
}
