package org.newsgeo.mentions;

import org.newsgeo.gazetteer.NameEntry;

import java.util.List;

/**
 * A name found in a field before disambiguation: the original span and every gazetteer entry whose
 * folded form matched it exactly there (Congo may be CD or CG, Georgia GE or a US state).
 */
record Candidate(int start, int end, int keyLength, List<NameEntry> entries) {
    NameEntry first() {
        return entries.get(0);
    }

    boolean overlaps(Candidate o) {
        return start < o.end && o.start < end;
    }
}
