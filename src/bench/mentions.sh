#!/usr/bin/env bash
# GeoWebNews country-mention P/R/F1 (scored like shared/checks/lib/mentions_geowebnews.py) and matching speed.
# SHARED overrides the path of the shared data (default ../shared from the repo root).
set -euo pipefail
cd "$(dirname "$0")/../.."
SHARED="${SHARED:-../shared}"
[ -f target/classpath.txt ] || mvn -o -q -B dependency:build-classpath -Dmdep.includeScope=compile -Dmdep.outputFile=target/classpath.txt
[ -f target/test-classes/org/newsgeo/bench/GeoWebNewsBenchmark.class ] && [ -z "$(find src -newer target/test-classes/org/newsgeo/bench/GeoWebNewsBenchmark.class -name '*.java' | head -1)" ] \
  || mvn -o -q -B test-compile
exec java -Xmx2g -cp "target/test-classes:target/classes:$(cat target/classpath.txt)" org.newsgeo.bench.GeoWebNewsBenchmark \
  "$SHARED/corpora/mentions/geowebnews/brat" "$SHARED/gazetteer/places/geonames_country_ids.tsv"
