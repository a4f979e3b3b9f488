package org.newsgeo.gazetteer;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Builds the artifact from src/gazetteer: country names (CLDR, i18n-iso-countries, GeoNames capitals,
 * world-countries, curated), then leaders (all leader sources reconciled into persons and terms).
 */
public final class GazetteerBuilder {
    private final Path sources;
    private final Path curated;
    private final PrintStream log;

    public GazetteerBuilder(Path gazetteerDir, PrintStream log) {
        this.sources = gazetteerDir.resolve("sources");
        this.curated = gazetteerDir.resolve("curated");
        this.log = log;
    }

    /** Builds the gazetteer in memory and writes it to outDir. */
    public Gazetteer build(Path outDir) throws IOException {
        CountryCodes codes = CountryCodes.read(sources, curated);
        Set<String> langs = Languages.read(sources);
        NameTable names = new NameTable();
        CldrNames.add(sources, langs, codes, names);
        I18nNames.add(sources, langs, codes, names);
        Capitals.add(sources, langs, codes, names);
        WorldCountries.add(sources, codes, names);
        CuratedNames.add(curated, codes, names);
        Ambiguity ambiguity = Ambiguity.read(curated);
        GenericNames generic = GenericNames.read(curated);
        List<NameEntry> countryNames = generic.drop(names.finish(ambiguity));
        ambiguity.addPlaces(countryNames);
        log.printf("countries: %d codes, %d names in %d languages%n", codes.english.size(), countryNames.size(), langs.size());
        List<Place> places = Places.add(sources, curated, langs, codes, countryNames, names);
        log.printf("places: %d cities, regions and curated places%n", places.size());

        CountryLookup lookup = new CountryLookup(countryNames, codes);
        CowCodes cow = CowCodes.build(sources, curated, lookup);
        List<Spell> spells = new ArrayList<>();
        CuratedLeaders.read(curated, codes, spells);
        EveryPoliticianReader.read(sources, lookup, spells);
        CountryInfoReader.read(sources, codes, spells);
        HerreReader.read(sources, cow, spells);
        ReignReader.read(sources, cow, spells);
        ArchigosReader.read(sources, cow, spells);
        List<Person> persons = new LeaderReconciler(LeaderReconciler.readAliases(curated)).reconcile(spells);
        List<Term> terms = TermMerger.terms(persons);
        LeaderNames.add(persons, curated, names);
        List<NameEntry> all = generic.drop(names.finish(ambiguity));
        log.printf("leaders: %d spells -> %d persons, %d terms; %d names in all%n",
                spells.size(), persons.size(), terms.size(), all.size());

        Map<String, String[]> countries = new TreeMap<>();
        Map<String, FormerState> former = new TreeMap<>();
        codes.english.forEach((code, en) -> {
            String[] v = codes.validity.get(code);
            countries.put(code, v == null ? new String[]{en, "", "", ""} : new String[]{en, v[0], v[1], v[2]});
            if (v != null) former.put(code, new FormerState(code, LocalDate.parse(v[0]), LocalDate.parse(v[1]), v[2]));
        });
        Map<String, String> leaderNames = new TreeMap<>(LeaderNames.canonical(persons));
        GazetteerArtifact.write(outDir, countries, all, leaderNames, terms, places);
        return new Gazetteer(all, codes.english, leaderNames, terms, former, places);
    }
}
