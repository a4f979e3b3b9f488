package org.newsgeo.gazetteer;

import java.io.Serializable;
import java.time.LocalDate;

/** A state that no longer exists (SU, YU, CS, DD, YD): when it existed and which state continues it. */
public record FormerState(String code, LocalDate from, LocalDate to, String successor) implements Serializable {

    public boolean existedOn(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }
}
