package org.newsgeo.extract.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class DatelinesTest {

    @Test
    void findsDatelines() {
        assertEquals("MOSCOW", Datelines.find("MOSCOW (Reuters) - Russia said on Monday ..."));
        assertEquals("Beijing", Datelines.find("Beijing: Presiden Xi Jinping mengatakan ..."));
        assertEquals("KHARKIV, Ukraine", Datelines.find("KHARKIV, Ukraine — Shelling continued ..."));
        assertEquals("DAYTON, Ohio", Datelines.find("DAYTON, Ohio, April 8 - The company said ..."));
        assertEquals("NEW YORK", Datelines.find("NEW YORK (AP) — Stocks fell ..."));
        assertEquals("Jakarta", Datelines.find("Jakarta (ANTARA) - Pemerintah ..."));
    }

    @Test
    void staysQuietOnOrdinaryOpenings() {
        assertNull(Datelines.find("The president said - in a speech - that ..."));
        assertNull(Datelines.find("Stocks fell sharply on Monday as investors ..."));
        assertNull(Datelines.find(""));
        assertNull(Datelines.find(null));
    }
}
