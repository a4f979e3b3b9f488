#!/usr/bin/env bash
# Ingest throughput: builds a CC-NEWS-like WARC (real article pages, --repeat copies, --noise records)
# and times Readers against `gzip -dc` on it.
#   SHARED / NEWSGEO_SHARED  path to the shared data (default ../shared)
#   REPEAT                   copies of each page (default 10)
. "$(dirname "$0")/common.sh"
need_shared tools/mkwarc.py
REPEAT="${REPEAT:-10}"
OUT="target/bench/ccnews-like-r${REPEAT}.warc.gz"
mkdir -p target/bench
if [ ! -s "$OUT" ]; then
  python3 "$SHARED/tools/mkwarc.py" --pages "$SHARED/corpora/extraction/aeb/html" --repeat "$REPEAT" --noise -o "$OUT"
fi
CP=$(bench_classpath IngestBenchmark)
exec java -Xmx1g -cp "$CP" org.newsgeo.bench.IngestBenchmark "$OUT" "${ROUNDS:-3}"
