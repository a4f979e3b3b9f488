#!/usr/bin/env bash
# GeoWebNews city/region mentions resolved to the right country (P/R), focus-country accuracy with and without
# places, and a few dateline checks. SHARED overrides the path of the shared data (default ../shared).
set -euo pipefail
cd "$(dirname "$0")/../.."
SHARED="${SHARED:-../shared}"
[ -d "$SHARED/corpora/mentions/geowebnews/brat" ] || { echo "no $SHARED/corpora/mentions/geowebnews/brat: set SHARED" >&2; exit 2; }
[ -f target/classpath.txt ] || mvn -o -q -B dependency:build-classpath -Dmdep.includeScope=compile -Dmdep.outputFile=target/classpath.txt
[ -f target/test-classes/org/newsgeo/bench/GeoWebNewsPlacesBenchmark.class ] && [ -z "$(find src -newer target/test-classes/org/newsgeo/bench/GeoWebNewsPlacesBenchmark.class -name '*.java' | head -1)" ] \
  || mvn -o -q -B test-compile
exec java -Xmx2g -cp "target/test-classes:target/classes:$(cat target/classpath.txt)" org.newsgeo.bench.GeoWebNewsPlacesBenchmark \
  "$SHARED/corpora/mentions/geowebnews/brat" "$SHARED/gazetteer/places/geonames_country_ids.tsv" \
  "$SHARED/gazetteer/places/cities15000.tsv"
