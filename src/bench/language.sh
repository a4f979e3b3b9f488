#!/usr/bin/env bash
# Language benchmark: body language on pages of known language and against <html lang> on the metadata pages.
# Usage: src/bench/language.sh [-v]   (SHARED=/path/to/shared overrides ../shared; -v lists disagreements)
. "$(dirname "$0")/common.sh"
need_shared corpora/multilingual
need_shared corpora/metadata
CP=$(bench_classpath LanguageBenchmark)
exec java -cp "$CP" org.newsgeo.bench.LanguageBenchmark "$SHARED" "$@"
