#!/usr/bin/env bash
# Per-stage speed of one task without Spark: read a WARC, extract articles, find mentions (one core).
# Usage: src/bench/throughput.sh [FILE.warc.gz]   (default: a CC-NEWS-like WARC of the Zyte benchmark pages)
. "$(dirname "$0")/common.sh"
FILE="${1:-target/bench/aeb-x2.warc.gz}"
mkdir -p target/bench
if [ ! -s "$FILE" ]; then
  need_shared tools/mkwarc.py
  python3 "$SHARED/tools/mkwarc.py" --pages "$SHARED/corpora/extraction/aeb/html" --repeat 2 -o "$FILE"
fi
CP=$(bench_classpath ExtractThroughput)
exec java -Xmx4g -XX:ActiveProcessorCount=1 -cp "$CP" org.newsgeo.bench.ExtractThroughput "$FILE" "${ROUNDS:-3}"
