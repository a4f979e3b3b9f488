#!/usr/bin/env bash
# Extraction time on hostile pages (deep nesting, thousands of headings, links, dates, JSON-LD blocks, an
# endless word or title), each at two sizes: the ratio shows whether time grows linearly (~2) or worse.
# Needs no shared data. Usage: src/bench/hostile.sh [units]   (default 10000)
. "$(dirname "$0")/common.sh"
CP=$(bench_classpath HostilePages)
exec java -Xmx4g -Xss8m -XX:ActiveProcessorCount=1 -cp "$CP" org.newsgeo.bench.HostilePages "$@"
