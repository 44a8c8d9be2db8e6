#!/usr/bin/env bash
# The daemon's filter stage end to end: bench/filter.sh [RULES] [ARTICLES]   (default 10000 20000)
# Builds with the `bench` profile (for the matching workload generator), then runs
# dev.vigil.match.FilterBench: an embedded broker in the same process, the articles waiting on
# vigil.articles, the daemon's FilterStage started, articles per second until all are committed.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -Pbench package dependency:build-classpath -Dmdep.outputFile=target/bench-filter.cp \
  -Dmdep.includeScope=runtime
exec java -Xmx2g ${BENCH_OPTS:-} -cp "target/bench/classes:$(cat target/bench-filter.cp)" dev.vigil.match.FilterBench "$@"
