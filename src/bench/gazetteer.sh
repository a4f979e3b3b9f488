#!/usr/bin/env bash
# Gazetteer benchmark: load time, GeoWebNews country/capital name recall, seed leaders.
# Usage: src/bench/gazetteer.sh   (SHARED=/path/to/shared to override ../shared)
set -euo pipefail
cd "$(dirname "$0")/../.."
SHARED="${SHARED:-../shared}"
[ -f target/classpath.txt ] || mvn -o -q -B dependency:build-classpath -Dmdep.includeScope=compile -Dmdep.outputFile=target/classpath.txt
mvn -o -q -B test-compile   # incremental; also refreshes the artifact copied from src/main/resources
exec java -cp "target/test-classes:target/classes:$(cat target/classpath.txt)" org.newsgeo.bench.GazetteerBench "$SHARED" src/gazetteer
