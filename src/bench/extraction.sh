#!/usr/bin/env bash
# Body extraction benchmark: quality (Zyte metric, multilingual checks) and speed on shared/corpora.
# Usage: src/bench/extraction.sh [SHARED_DIR]   (default $SHARED, $NEWSGEO_SHARED or ../shared)
# Options via JAVA_OPTS: -Drounds=N (timed extraction passes, default 3), -Dout=DIR (write predictions),
# -Ddump=ID (print one page), -Dsnippets=1 (list failing with/without snippets).
. "$(dirname "$0")/common.sh"
SHARED="${1:-$SHARED}"
need_shared corpora
CP=$(bench_classpath ExtractionBenchmark)
exec java ${JAVA_OPTS:-} -cp "$CP" org.newsgeo.bench.ExtractionBenchmark "$SHARED"
