#!/usr/bin/env bash
# The two matching engines of the working tree side by side, in one JVM: the tuned engine (the
# default) and Lucene Monitor as it ships (matching.engine: stock), matching the same workload
# articles in alternating batches at 10,000 rules (dev.vigil.match.MatchAB).
# Options go in AB_OPTS, e.g. AB_OPTS="-Drounds=40 -Dqueries=1000".
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -Pbench package -DskipTests
mkdir -p target/ab
cp target/benchmarks.jar target/ab/engines.jar
java -Xmx6g ${AB_OPTS:-} -cp target/benchmarks.jar dev.vigil.match.MatchAB \
  target/ab/engines.jar target/ab/engines.jar@stock
