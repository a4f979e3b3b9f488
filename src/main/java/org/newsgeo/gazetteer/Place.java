package org.newsgeo.gazetteer;

import java.io.Serializable;

/**
 * A place beneath a country, as the matcher weighs it: a city, a first-level region or a curated
 * well-known place ("Gaza", "Crimea").
 *
 * @param id         "geonames:&lt;id&gt;" for cities, "admin1:CC.code" for GeoNames regions, "place:slug" for curated
 * @param name       the English (GeoNames primary) name
 * @param country    ISO 3166-1 alpha-2 of the country it lies in (its own code for Hong Kong, Macau)
 * @param kind       city or region
 * @param population GeoNames population; for regions the sum of their cities of 15,000+; curated rows an estimate
 * @param admin1     the "admin1:CC.code" id of a city's region, or "" (curated and regions)
 * @param disputed   true where sovereignty is contested (Crimea, West Bank, Kashmir): the country is the one
 *                   most international bodies recognise, and users may want to look twice
 */
public record Place(String id, String name, String country, String kind, long population, String admin1,
                    boolean disputed) implements Serializable {
}
