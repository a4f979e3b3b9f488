package org.newsgeo.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Name and title handling on forms taken from the leader sources. */
class PersonNamesTest {

    @Test
    void surnames() {
        assertEquals("Lukashenko", PersonNames.surname("Alexander Lukashenko", "BY"));
        assertEquals("Xi", PersonNames.surname("Xi Jinping", "CN"));
        assertEquals("Kim", PersonNames.surname("Kim Jong Un", "KP"));
        assertEquals("Bokassa", PersonNames.surname("Jean-Bedel Bokassa I", "CF"));
        assertEquals("Soglo", PersonNames.surname("Soglo, N", "BJ"));
        assertEquals("de Villepin", PersonNames.surname("Dominique de Villepin", "FR"));
        assertEquals("Bush", PersonNames.surname("George W. Bush Jr.", "US"));
    }

    @Test
    void sourceNamesAreCleaned() {
        assertEquals("Sergey Stanishev", PersonNames.fromSource("{Sergey Stanishev }{Sergei Stanishev }"));
        assertEquals("Vincenzo Pedini", PersonNames.fromSource("Vincenzo Pedini (2nd time)         ("));
        assertEquals("Margaret Thatcher", PersonNames.titleCase("MARGARET THATCHER"));
        assertEquals("L:BY:lukashenko-alexander", PersonNames.slug("BY", "Lukashenko", "Alexander Lukashenko"));
        assertEquals("L:KP:kim-jongil", PersonNames.slug("KP", "Kim", "Kim Jong Il"));
    }

    @Test
    void transliterationsOneEditApart() {
        assertTrue(LeaderReconciler.oneEditApart("lukashenko", "lukashenka"));
        assertTrue(LeaderReconciler.oneEditApart("bakiyev", "bakiev"));
        assertFalse(LeaderReconciler.oneEditApart("jongil", "jongun"));
    }

    @Test
    void roleTitles() {
        assertEquals(Roles.HEAD_OF_STATE, RoleTitles.role("President of Belarus"));
        assertEquals(Roles.HEAD_OF_STATE, RoleTitles.role("Presidents"));
        assertEquals(Roles.HEAD_OF_GOVERNMENT, RoleTitles.role("Prime ministers"));
        assertEquals(Roles.HEAD_OF_GOVERNMENT, RoleTitles.role("President of the Government of Spain"));
        assertEquals(Roles.HEAD_OF_GOVERNMENT, RoleTitles.role("Federal Chancellor"));
        assertEquals(Roles.EFFECTIVE_LEADER, RoleTitles.role("General secretaries of the communist party"));
        assertEquals(Roles.EFFECTIVE_LEADER, RoleTitles.role("Supreme Leader of Iran"));
        assertNull(RoleTitles.role("Governors-GENERAL"));
        assertNull(RoleTitles.role("Vice-Presidents"));
        assertNull(RoleTitles.role("Chairmen of the rada"));
    }
}
