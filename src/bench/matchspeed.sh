#!/usr/bin/env bash
# Mention matching: start-up time, heap, CPU speed per core and a signature of the mentions found.
# Usage: src/bench/matchspeed.sh [PASSES]; SHARED overrides the shared data (default ../shared).
. "$(dirname "$0")/common.sh"
need_shared corpora/mentions/geowebnews/brat
CP=$(bench_classpath MatchSpeedBenchmark)
exec java -Xmx2g -cp "$CP" org.newsgeo.bench.MatchSpeedBenchmark "$SHARED/corpora/mentions/geowebnews/brat" "${1:-10}"
