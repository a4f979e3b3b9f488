#!/usr/bin/env bash
# GeoWebNews city/region mentions resolved to the right country (P/R), focus-country accuracy with and without
# places, and a few dateline checks. SHARED overrides the path of the shared data (default ../shared).
. "$(dirname "$0")/common.sh"
need_shared corpora/mentions/geowebnews/brat
CP=$(bench_classpath GeoWebNewsPlacesBenchmark)
exec java -Xmx2g -cp "$CP" org.newsgeo.bench.GeoWebNewsPlacesBenchmark \
  "$SHARED/corpora/mentions/geowebnews/brat" "$SHARED/gazetteer/places/geonames_country_ids.tsv" \
  "$SHARED/gazetteer/places/cities15000.tsv"
