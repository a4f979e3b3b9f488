#!/usr/bin/env bash
# Mention matching: start-up time, heap, CPU speed per core (GeoWebNews articles, then real pages in
# every language the metadata and multilingual corpora hold) and a signature of the mentions found.
# Usage: src/bench/matchspeed.sh [PASSES]; SHARED overrides the shared data (default ../shared).
. "$(dirname "$0")/common.sh"
need_shared corpora/mentions/geowebnews/brat
CP=$(bench_classpath MatchSpeedBenchmark)
java -Xmx2g -cp "$CP" org.newsgeo.bench.MatchSpeedBenchmark "$SHARED/corpora/mentions/geowebnews/brat" "${1:-10}"
exec java -Xmx2g -cp "$CP" org.newsgeo.bench.MatchSpeedByLanguage "$SHARED/corpora/metadata/html" "$SHARED/corpora/multilingual"
