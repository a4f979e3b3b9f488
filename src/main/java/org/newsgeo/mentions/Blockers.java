package org.newsgeo.mentions;

import org.newsgeo.gazetteer.NameEntry;

import java.util.ArrayList;
import java.util.List;

/**
 * Longer phrases that contain a country name or demonym but do not mention that country ("Latin
 * America", "New Jersey", "US$", "Native Americans"). They sit in the automaton like names, win by
 * longest match and produce nothing. English only for now; each was seen as a false positive on
 * GeoWebNews or is its obvious sibling.
 */
final class Blockers {
    private static final String PHRASES = "Latin America|South America|North America|Central America|"
            + "Latin American|South American|North American|Central American|Latin Americans|"
            + "South Americans|North Americans|Central Americans|Native American|Native Americans|"
            + "African American|African Americans|Asian American|Asian Americans|Mexican American|"
            + "New Jersey|New Mexico|New England|New South Wales|Nova Scotia|New Guinea|"
            + "US$|U.S.$|A$|C$|NZ$|HK$|S$|Indian Ocean|Indian Country|Indian Ocean|American Indian|"
            + "American Indians|Guinea pig|guinea pig|Guinea pigs|guinea pigs|Niger Delta|Niger River|"
            + "French fries|Dutch oven|Turkish delight|Swiss cheese|Mexican wave|Spanish flu|"
            + "Jordan River|Jordan Valley|English Channel|Persian Gulf|Arabian Sea|South China Sea|"
            + "East China Sea|Korean Peninsula|Irish Sea|Sea of Japan|Gulf of Mexico|Panama Canal|"
            + "Suez Canal|Pacific Islands|Republic|Americas|Island|"
            + "French Quarter|French horn|French toast|French kiss|French press|Irish coffee|Irish stew";

    private Blockers() {
    }

    static List<NameEntry> entries() {
        List<NameEntry> out = new ArrayList<>();
        for (String p : PHRASES.split("\\|")) out.add(new NameEntry(p, "en", "block", "block", p, null, false));
        return out;
    }
}
