#!/usr/bin/env bash
# Metadata benchmark: date / title / author scores and speed on shared/corpora/metadata.
# Usage: src/bench/metadata.sh [-v]   (SHARED=/path/to/shared overrides ../shared)
set -euo pipefail
cd "$(dirname "$0")/../.."
SHARED="${SHARED:-../shared}"
if [ ! -f target/classpath.txt ]; then
  mvn -o -q -B dependency:build-classpath -Dmdep.includeScope=compile -Dmdep.outputFile=target/classpath.txt >/dev/null
fi
if [ ! -f target/test-classes/org/newsgeo/bench/MetadataBenchmark.class ] || [ -n "$(find src -newer target/test-classes/org/newsgeo/bench/MetadataBenchmark.class -name '*.java' | head -1)" ]; then
  mvn -o -q -B test-compile
fi
exec java -cp "target/test-classes:target/classes:$(cat target/classpath.txt)" org.newsgeo.bench.MetadataBenchmark "$SHARED/corpora/metadata" "$@"
