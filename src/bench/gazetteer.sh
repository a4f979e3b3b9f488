#!/usr/bin/env bash
# Gazetteer benchmark: load time, GeoWebNews country/capital name recall, seed leaders.
# Usage: src/bench/gazetteer.sh   (SHARED=/path/to/shared to override ../shared)
. "$(dirname "$0")/common.sh"
need_shared corpora/mentions/geowebnews
mvn -q -B test-compile >&2   # incremental; also refreshes the artifact copied from src/main/resources
CP=$(bench_classpath GazetteerBench)
exec java -cp "$CP" org.newsgeo.bench.GazetteerBench "$SHARED" src/gazetteer
