#!/usr/bin/env bash
# Per-stage speed of one task without Spark: read a WARC, extract articles, find mentions (one core).
# Usage: src/bench/throughput.sh [FILE.warc.gz]   (default: a CC-NEWS-like WARC of the Zyte benchmark pages)
set -euo pipefail
cd "$(dirname "$0")/../.."
SHARED="${NEWSGEO_SHARED:-../shared}"
FILE="${1:-target/bench/aeb-x2.warc.gz}"
mkdir -p target/bench
if [ ! -s "$FILE" ]; then
  python3 "$SHARED/tools/mkwarc.py" --pages "$SHARED/corpora/extraction/aeb/html" --repeat 2 -o "$FILE"
fi
[ -s target/classpath-runtime.txt ] || mvn -q -B -DskipTests package
[ -d target/test-classes/org/newsgeo/bench ] || mvn -q -B test-compile
exec java -Xmx4g -XX:ActiveProcessorCount=1 \
  -cp "target/test-classes:target/classes:$(cat target/classpath-runtime.txt):$(cat target/classpath-provided.txt)" \
  org.newsgeo.bench.ExtractThroughput "$FILE" "${ROUNDS:-3}"
