#!/usr/bin/env bash
# The filter stage end to end against its bare matcher: bench/filter.sh [RULES,RULES...] [ARTICLES]   (default 1000,10000 20000)
# Builds with the `bench` profile (for the matching workload generator), then runs
# dev.vigil.match.FilterBench: an embedded broker in the same process, the articles waiting on
# vigil.articles, the daemon's FilterStage started, articles per second until all are decided,
# next to the bare matcher on the same articles and threads.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -o -Pbench package dependency:build-classpath -Dmdep.outputFile=target/bench-filter.cp \
  -Dmdep.includeScope=runtime
exec java -Xmx2g ${BENCH_OPTS:-} -cp "target/bench/classes:$(cat target/bench-filter.cp)" dev.vigil.match.FilterBench "$@"
