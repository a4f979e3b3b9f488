#!/usr/bin/env bash
# Precision review without gold: the most frequent mentions per article language on the real pages of
# the metadata and multilingual corpora, each with one context. Usage: src/bench/mentionaudit.sh [TOP]
. "$(dirname "$0")/common.sh"
need_shared corpora/metadata/html
CP=$(bench_classpath MentionAudit)
exec java -Xmx2g -cp "$CP" org.newsgeo.bench.MentionAudit "${1:-40}" "$SHARED/corpora/metadata/html" "$SHARED/corpora/multilingual"
