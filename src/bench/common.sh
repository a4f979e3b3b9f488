# Sourced by the benchmark scripts: the repo root as working directory, SHARED (the evaluation data,
# default ../shared; NEWSGEO_SHARED works too) and the classpath of the benchmark classes.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
if [ -z "${SHARED:-}${NEWSGEO_SHARED:-}" ] && [ ! -d ../shared ] && common="$(git rev-parse --git-common-dir 2>/dev/null)"; then
  SHARED="$common/../../shared"   # in a git worktree, ../shared sits next to the main checkout instead
fi
SHARED="${SHARED:-${NEWSGEO_SHARED:-../shared}}"

# need_shared PATH: stop with a one-line reason when the shared data lacks PATH.
need_shared() {
  [ -e "$SHARED/$1" ] || { echo "$(basename "$0"): no $SHARED/$1 (set SHARED to the shared data)" >&2; exit 2; }
}

# bench_classpath CLASS: builds what is missing or stale (sources newer than CLASS's compiled file) and
# prints the classpath: test classes, classes, libraries and Spark.
bench_classpath() {
  local mark="target/test-classes/org/newsgeo/bench/$1.class"
  if [ ! -s target/classpath-runtime.txt ] || [ ! -s target/classpath-provided.txt ]; then
    mvn -q -B -DskipTests package >&2
  fi
  if [ ! -f "$mark" ] || [ -n "$(find src -name '*.java' -newer "$mark" | head -1)" ]; then
    mvn -q -B test-compile >&2
  fi
  echo "target/test-classes:target/classes:$(cat target/classpath-runtime.txt):$(cat target/classpath-provided.txt)"
}
