#!/usr/bin/env bash
# Gazetteer benchmark: load time, GeoWebNews country/capital name recall, seed leaders.
# Usage: src/bench/gazetteer.sh   (SHARED=/path/to/shared to override ../shared)
set -euo pipefail
cd "$(dirname "$0")/../.."
SHARED="${SHARED:-../shared}"
[ -f target/classpath.txt ] || mvn -o -q -B dependency:build-classpath -Dmdep.includeScope=compile -Dmdep.outputFile=target/classpath.txt
[ -d target/test-classes/org/newsgeo/bench ] || mvn -o -q -B test-compile
exec java -cp "target/test-classes:target/classes:$(cat target/classpath.txt)" org.newsgeo.bench.GazetteerBench "$SHARED" src/gazetteer
