#!/usr/bin/env bash
# Whole-job speed: `jobs/newsgeo run` (read crawl -> articles -> mentions -> trend tables, Spark local mode) on
# a CC-NEWS-like WARC of the 1,232 real metadata pages (with their URLs and non-article noise records), into a
# fresh warehouse. Prints the job's own summary, the wall time, pages/s and the peak memory of the JVM.
#   SHARED / NEWSGEO_SHARED  path to the shared data (default ../shared)
#   MASTER                   Spark master (default local[2]: the cores of the reference machine)
#   FILE                     a crawl to time instead of the generated one
. "$(dirname "$0")/common.sh"
MASTER="${MASTER:-local[2]}"
FILE="${FILE:-target/bench/metadata-pages.warc.gz}"
mkdir -p target/bench
if [ ! -s "$FILE" ]; then
  need_shared tools/mkwarc.py
  need_shared corpora/metadata
  python3 "$SHARED/tools/mkwarc.py" --pages "$SHARED/corpora/metadata/html" --urls "$SHARED/corpora/metadata/expected.json" \
    --noise -o "$FILE" >&2
fi
WH=target/bench/job-warehouse
rm -rf "$WH"
jobs/newsgeo --version >/dev/null   # builds first when needed, so the build is not timed
pages=$(gzip -dc "$FILE" | grep -a -c '^WARC-Type: response' || true)
start=$(date +%s.%N)
if [ -x /usr/bin/time ]; then
  /usr/bin/time -f 'peak memory (max RSS of the JVM): %M KB' jobs/newsgeo run --input "$FILE" --warehouse "$WH" --master "$MASTER"
else
  jobs/newsgeo run --input "$FILE" --warehouse "$WH" --master "$MASTER"
fi
end=$(date +%s.%N)
awk -v s="$start" -v e="$end" -v n="$pages" -v m="$MASTER" -v f="$FILE" \
  'BEGIN { printf "whole job on %s: %d response records in %.1f s wall = %.0f records/s (%s, JVM start-up and Spark set-up included)\n", f, n, e - s, n / (e - s), m }'
