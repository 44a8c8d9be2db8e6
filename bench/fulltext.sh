#!/usr/bin/env bash
# Article extraction, Vigil vs Mozilla Readability.js on the same pages: bench/fulltext.sh
# Pages are those with a hand-marked body in src/test/resources/fulltext/bodies/<page>.txt (see
# the README there); their HTML is read from $FULLTEXT_PAGES/<page>/source.html (default
# ../shared/corpus/pages). Runs `bin/vigil extract --stats --repeat 5` and
# bench/fulltext/readability.mjs (jsdom; npm installs it into target/fulltext-bench the first
# time), then bench/fulltext/score.mjs: mean precision, mean recall and F1 of 4-token shingles
# against the bodies, and pages/s on one thread (last of 5 rounds, HTML already in memory,
# parsing included). Outputs go to target/fulltext-bench/. Needs node and npm.
set -euo pipefail
cd "$(dirname "$0")/.."
bodies=src/test/resources/fulltext/bodies
pages_dir=${FULLTEXT_PAGES:-../shared/corpus/pages}
out=target/fulltext-bench
mkdir -p "$out"

if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  echo "fulltext.sh: needs node and npm; install them, e.g. apt-get install -y nodejs npm" >&2
  exit 2
fi

files=()
for body in "$bodies"/*.txt; do
  src="$pages_dir/$(basename "$body" .txt)/source.html"
  [ -f "$src" ] || { echo "fulltext.sh: no page $src (set FULLTEXT_PAGES to the corpus pages)" >&2; exit 2; }
  files+=("$src")
done

if [ ! -f "$out/node_modules/@mozilla/readability/package.json" ] || [ ! -f "$out/node_modules/jsdom/package.json" ]; then
  npm install --prefix "$out" --no-audit --no-fund --loglevel=error @mozilla/readability jsdom >&2
fi

rate() { sed -n 's/.*: \([0-9.]*\) pages\/s.*/\1/p' "$1" | tail -1; }
version() { node -p "require('./$out/node_modules/$1/package.json').version"; }

echo "Vigil: bin/vigil extract on ${#files[@]} pages ..." >&2
bin/vigil extract --stats --repeat 5 "${files[@]}" >"$out/vigil.jsonl" 2>"$out/vigil.err" \
  || { cat "$out/vigil.err" >&2; echo "fulltext.sh: vigil extract failed" >&2; exit 1; }
echo "Readability.js $(version @mozilla/readability) (jsdom $(version jsdom), node $(node --version)) ..." >&2
node bench/fulltext/readability.mjs "$out" "$out/readability.jsonl" "${files[@]}" 2>"$out/readability.err" \
  || { cat "$out/readability.err" >&2; echo "fulltext.sh: readability.mjs failed" >&2; exit 1; }

node bench/fulltext/score.mjs "$bodies" \
  Vigil "$out/vigil.jsonl" "$(rate "$out/vigil.err")" \
  Readability.js "$out/readability.jsonl" "$(rate "$out/readability.err")"
