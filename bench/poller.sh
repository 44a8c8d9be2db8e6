#!/usr/bin/env bash
# Poller benchmark: bench/poller.sh [FEEDS] [ENTRIES] [WORKERS]   (defaults 5000 20 32)
# Repeat cycles for a warm JIT: BENCH_OPTS="-DunchangedCycles=5 -DchangedCycles=5" bench/poller.sh
# Builds the test classes, then runs dev.vigil.bench.PollerBench against a local feed server process.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test
exec java -Xmx2g -XX:+UseParallelGC ${BENCH_OPTS:-} -cp "target/test-classes:target/classes:$(cat target/bench.cp)" \
  dev.vigil.bench.PollerBench "$@"
