#!/usr/bin/env bash
# Body extraction benchmark: quality (Zyte metric) and speed on shared/corpora.
# Usage: src/bench/extraction.sh [SHARED_DIR]   (default $NEWSGEO_SHARED or ../shared)
set -euo pipefail
cd "$(dirname "$0")/../.."
SHARED="${1:-${NEWSGEO_SHARED:-../shared}}"
[ -f target/classpath.txt ] || mvn -o -q -B dependency:build-classpath -Dmdep.includeScope=compile -Dmdep.outputFile=target/classpath.txt
[ -f target/test-classes/org/newsgeo/bench/ExtractionBenchmark.class ] || mvn -o -q -B test-compile
exec java ${JAVA_OPTS:-} -cp "target/test-classes:target/classes:$(cat target/classpath.txt)" \
  org.newsgeo.bench.ExtractionBenchmark "$SHARED"
