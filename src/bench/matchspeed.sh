#!/usr/bin/env bash
# Mention matching: start-up time, heap, CPU speed per core and a signature of the mentions found.
# Usage: src/bench/matchspeed.sh [PASSES]; SHARED overrides the shared data (default ../shared from the repo root).
set -euo pipefail
cd "$(dirname "$0")/../.."
SHARED="${SHARED:-../shared}"
[ -d "$SHARED/corpora/mentions/geowebnews/brat" ] || { echo "matchspeed.sh: no GeoWebNews under $SHARED (set SHARED)" >&2; exit 2; }
[ -f target/classpath.txt ] || mvn -o -q -B dependency:build-classpath -Dmdep.includeScope=compile -Dmdep.outputFile=target/classpath.txt
MARK=target/test-classes/org/newsgeo/bench/MatchSpeedBenchmark.class
if [ ! -f "$MARK" ] || [ -n "$(find src -name '*.java' -newer "$MARK" | head -1)" ]; then
  mvn -o -q -B test-compile
fi
exec java -Xmx2g -cp "target/test-classes:target/classes:$(cat target/classpath.txt)" org.newsgeo.bench.MatchSpeedBenchmark \
  "$SHARED/corpora/mentions/geowebnews/brat" "${1:-10}"
