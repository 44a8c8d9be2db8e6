#!/usr/bin/env bash
# Matching benchmark (issue 4, section 9): bench/matching.sh [extra JMH options]
# Builds target/benchmarks.jar with the `bench` profile, then runs, in one JMH run, Vigil's RuleSet,
# a bare Lucene Monitor with default settings and the regex-per-rule baseline on the same generated
# queries and ~3 KB articles, and prints a Markdown table (docs/benchmarks.md, "Matching").
# Takes about 15 minutes on 2 cores (4 warm-up iterations: the JIT needs about 15 s to settle). Example of a shorter run: bench/matching.sh -p queries=10000
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -Pbench package
export VIGIL_BENCH_SETUP=target/jmh-matching-setup.tsv
rm -f "$VIGIL_BENCH_SETUP" target/jmh-matching.csv
java -jar target/benchmarks.jar 'dev.vigil.match.(VigilRuleSet|DefaultMonitor|RegexBaseline)Bench' \
  -f 1 -wi 4 -w 5s -i 4 -r 5s -rf csv -rff target/jmh-matching.csv "$@" | tee target/jmh-matching.log
java -cp target/benchmarks.jar dev.vigil.match.BenchReport target/jmh-matching.csv "$VIGIL_BENCH_SETUP" \
  | tee target/jmh-matching.md
