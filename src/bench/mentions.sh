#!/usr/bin/env bash
# GeoWebNews country-mention P/R/F1 (scored like shared/checks/lib/mentions_geowebnews.py) and matching speed.
# SHARED overrides the path of the shared data (default ../shared).
. "$(dirname "$0")/common.sh"
need_shared corpora/mentions/geowebnews/brat
CP=$(bench_classpath GeoWebNewsBenchmark)
exec java -Xmx2g -cp "$CP" org.newsgeo.bench.GeoWebNewsBenchmark \
  "$SHARED/corpora/mentions/geowebnews/brat" "$SHARED/gazetteer/places/geonames_country_ids.tsv"
