#!/usr/bin/env bash
# Body extraction benchmark: quality (Zyte metric, multilingual checks) and speed on shared/corpora.
# Usage: src/bench/extraction.sh [SHARED_DIR]   (default $NEWSGEO_SHARED or ../shared)
# Options via JAVA_OPTS: -Drounds=N (timed extraction passes, default 3), -Dout=DIR (write predictions),
# -Ddump=ID (print one page), -Dsnippets=1 (list failing with/without snippets).
set -euo pipefail
cd "$(dirname "$0")/../.."
SHARED="${1:-${NEWSGEO_SHARED:-../shared}}"
[ -d "$SHARED/corpora" ] || { echo "extraction.sh: no shared data at $SHARED (pass a directory or set NEWSGEO_SHARED)" >&2; exit 2; }
[ -f target/classpath.txt ] || mvn -o -q -B dependency:build-classpath -Dmdep.includeScope=compile -Dmdep.outputFile=target/classpath.txt
MARK=target/test-classes/org/newsgeo/bench/ExtractionBenchmark.class
if [ ! -f "$MARK" ] || [ -n "$(find src -name '*.java' -newer "$MARK" | head -1)" ]; then
  mvn -o -q -B test-compile
fi
exec java ${JAVA_OPTS:-} -cp "target/test-classes:target/classes:$(cat target/classpath.txt)" \
  org.newsgeo.bench.ExtractionBenchmark "$SHARED"
