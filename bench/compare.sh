#!/usr/bin/env bash
# Vigil against rss2email and feed2exec (Debian packages) on the same local feed server.
#   bench/compare.sh [FEEDS] [ENTRIES]     (defaults 500 20; RSS and Atom only: neither reads JSON Feed)
# Installs the two tools with apt-get when missing. Prints wall time, CPU and peak RSS per cycle.
set -euo pipefail
cd "$(dirname "$0")/.."
FEEDS=${1:-500}
ENTRIES=${2:-20}
command -v r2e >/dev/null && command -v feed2exec >/dev/null || \
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq rss2email feed2exec time >/dev/null)
./mvnw -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test
CP="target/test-classes:target/classes:$(cat target/bench.cp)"
work=$(mktemp -d)
coproc SERVER { exec java -Xmx1g -cp "$CP" dev.vigil.bench.FeedFarmServer "$FEEDS" "$ENTRIES" xml; }
read -r PORT <&"${SERVER[0]}"
trap 'kill $SERVER_PID 2>/dev/null; rm -rf "$work"' EXIT
{
  echo '<?xml version="1.0"?><opml version="2.0"><head><title>bench</title></head><body>'
  for ((i = 0; i < FEEDS; i++)); do echo "<outline text=\"f$i\" type=\"rss\" xmlUrl=\"http://127.0.0.1:$PORT/f/$i.xml\"/>"; done
  echo '</body></opml>'
} > "$work/feeds.opml"

measure() { # name cycle command...
  local name=$1 cycle=$2; shift 2
  /usr/bin/time -f "%e %U %S %M" -o "$work/t" "$@" >/dev/null 2>&1 || true
  read -r wall user sys rss < "$work/t"
  awk -v n="$name" -v c="$cycle" -v w="$wall" -v u="$user" -v s="$sys" -v r="$rss" -v f="$FEEDS" \
    'BEGIN { printf "| %s | %s | %d | %.1f s | %.1f s | %.0f feeds/s | %d MB |\n", n, c, f, w, u + s, f / w, r / 1024 }'
}

echo "| reader | cycle | feeds | wall | CPU | rate | peak RSS |"
echo "| --- | --- | --- | --- | --- | --- | --- |"
R2E=(r2e -c "$work/r2e.cfg" -d "$work/r2e.json")
"${R2E[@]}" new bench@example.org >/dev/null
"${R2E[@]}" opmlimport "$work/feeds.opml" >/dev/null 2>&1
measure rss2email first "${R2E[@]}" run --no-send
measure rss2email unchanged "${R2E[@]}" run --no-send
F2E=(feed2exec --config "$work/f2e.ini" --database "$work/f2e.db")
"${F2E[@]}" import "$work/feeds.opml" >/dev/null 2>&1
measure feed2exec first "${F2E[@]}" fetch --parallel
measure feed2exec unchanged "${F2E[@]}" fetch --parallel
echo
echo "Vigil (same server, same feeds, articles onto the embedded Kafka broker):"
java -Xmx2g -XX:+UseParallelGC -cp "$CP" dev.vigil.bench.PollerBench "$FEEDS" "$ENTRIES" 32 xml 2>/dev/null | grep -E '^[|]|feeds=|peak'
