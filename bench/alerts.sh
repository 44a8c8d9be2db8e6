#!/usr/bin/env bash
# Alert delivery benchmark: bench/alerts.sh [throughput|latency|dead|all]   (default all)
# Settings (defaults shown): BENCH_OPTS="-Dalerts=20000 -Drate=100 -Dseconds=60 -Dwarmup=10 -Dhours=1 -DdeadRate=10 -Dspeed=10"
# Builds the test classes, then runs dev.vigil.bench.AlertBench: the daemon's alert stage on an
# embedded broker, delivering to a webhook receiver on 127.0.0.1 in the same process.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test
exec java -Xmx1g -XX:+UseParallelGC ${BENCH_OPTS:-} -cp "target/test-classes:target/classes:$(cat target/bench.cp)" \
  dev.vigil.bench.AlertBench "$@"
