#!/usr/bin/env bash
# Ingest throughput: builds a CC-NEWS-like WARC (real article pages, --repeat copies, --noise records)
# and times Readers against `gzip -dc` on it. Run from the repo root.
#   NEWSGEO_SHARED  path to the shared data (default ../shared)
#   REPEAT          copies of each page (default 10)
set -euo pipefail
cd "$(dirname "$0")/../.."
SHARED="${NEWSGEO_SHARED:-../shared}"
# in a git worktree, ../shared sits next to the main checkout instead
if [ ! -d "$SHARED" ] && common="$(git rev-parse --git-common-dir 2>/dev/null)"; then SHARED="$common/../../shared"; fi
REPEAT="${REPEAT:-10}"
OUT="target/bench/ccnews-like-r${REPEAT}.warc.gz"
mkdir -p target/bench
if [ ! -s "$OUT" ]; then
  python3 "$SHARED/tools/mkwarc.py" --pages "$SHARED/corpora/extraction/aeb/html" --repeat "$REPEAT" --noise -o "$OUT"
fi
if [ ! -d target/test-classes/org/newsgeo/bench ]; then mvn -o -q -B test-compile; fi
if [ ! -s target/classpath.txt ]; then
  mvn -o -q -B dependency:build-classpath -Dmdep.includeScope=compile -Dmdep.outputFile=target/classpath.txt >/dev/null
fi
exec java -Xmx1g -cp "target/test-classes:target/classes:$(cat target/classpath.txt)" \
  org.newsgeo.bench.IngestBenchmark "$OUT" "${ROUNDS:-3}"
