#!/usr/bin/env bash
# A/B of the matcher between git revisions, in one JVM: bench/ab.sh REV [REV ...]
# Builds target/benchmarks.jar at each revision ("." is the working tree) and runs
# dev.vigil.match.MatchAB on them: RuleSet.match at 10,000 rules, in alternating batches, CPU
# time per article of each, and each one's ratio to the first. Example: bench/ab.sh HEAD~1 .
# Options go in AB_OPTS, e.g. AB_OPTS="-Drounds=40 -Dqueries=1000".
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -ge 2 ] || { echo "usage: bench/ab.sh REV REV [REV ...]   (\".\" is the working tree)" >&2; exit 2; }
out=target/ab
mkdir -p "$out"
jars=()
for rev in "$@"; do
  if [ "$rev" = "." ]; then
    ./mvnw -B -q -Pbench package -DskipTests
    jar="$out/working-tree.jar"
    cp target/benchmarks.jar "$jar"
  else
    dir=$(mktemp -d)
    git worktree add -q --detach "$dir" "$rev"
    (cd "$dir" && ./mvnw -B -q -Pbench package -DskipTests)
    jar="$out/$(echo "$rev" | tr '/~^' '___').jar"
    cp "$dir/target/benchmarks.jar" "$jar"
    git worktree remove --force "$dir"
  fi
  jars+=("$jar")
done
[ -f target/benchmarks.jar ] || ./mvnw -B -q -Pbench package -DskipTests
java -Xmx6g ${AB_OPTS:-} -cp target/benchmarks.jar dev.vigil.match.MatchAB "${jars[@]}"
