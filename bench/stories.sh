#!/usr/bin/env bash
# Story index benchmark: bench/stories.sh
# Builds the test classes, then runs dev.vigil.story.StoryIndexBench: StoryIndex.assign on one
# thread with 10,000 stories held, half the stream new stories and half copies of held ones.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test
exec java -cp "target/test-classes:target/classes:$(cat target/bench.cp)" dev.vigil.story.StoryIndexBench "$@"
