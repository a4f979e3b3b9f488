#!/usr/bin/env bash
# Metadata benchmark: date / title / author scores and speed on shared/corpora/metadata.
# Usage: src/bench/metadata.sh [-v]   (SHARED=/path/to/shared overrides ../shared)
. "$(dirname "$0")/common.sh"
need_shared corpora/metadata
CP=$(bench_classpath MetadataBenchmark)
exec java -cp "$CP" org.newsgeo.bench.MetadataBenchmark "$SHARED/corpora/metadata" "$@"
