// Scores extractors' article text against hand-marked bodies.
// Usage: node bench/fulltext/score.mjs BODIES_DIR NAME OUT.jsonl PAGES_PER_S [NAME OUT.jsonl PAGES_PER_S ...]
//   OUT.jsonl: one JSON object per line with `text` and either `page` or `file` (.../<page>/source.html).
// Metric: tokens are runs of Unicode word characters (Java's \w with UNICODE_CHARACTER_CLASS),
// lower-cased; 4-token shingles as multisets. Per page P = |got ∩ want| / |got| (0 if got has
// none), R = |got ∩ want| / |want|; F1 = 2PR/(P+R) of the mean P and mean R over the pages.
// Pages are the bodies' <page>.txt files; a page missing from an output counts as empty.
import { readFileSync, readdirSync } from "node:fs";
import { basename, dirname, join } from "node:path";

const WORD = /[\p{Alphabetic}\p{Mn}\p{Me}\p{Mc}\p{Nd}\p{Pc}\u200c\u200d]+/gu;

function shingles(text) {
  const tokens = (text.match(WORD) ?? []).map((t) => t.toLowerCase());
  const counts = new Map();
  for (let i = 0; i + 4 <= tokens.length; i++) {
    const key = tokens.slice(i, i + 4).join(" ");
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

const size = (m) => [...m.values()].reduce((a, b) => a + b, 0);

function score(got, want) {
  let common = 0;
  for (const [k, n] of got) common += Math.min(n, want.get(k) ?? 0);
  const g = size(got), w = size(want);
  const p = g ? common / g : 0, r = w ? common / w : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

const [bodiesDir, ...rest] = process.argv.slice(2);
const want = new Map(
  readdirSync(bodiesDir).filter((f) => f.endsWith(".txt")).sort()
    .map((f) => [f.slice(0, -4), shingles(readFileSync(join(bodiesDir, f), "utf8"))]));

const runs = [];
for (let i = 0; i + 2 < rest.length; i += 3) {
  const texts = new Map();
  for (const line of readFileSync(rest[i + 1], "utf8").split("\n")) {
    if (!line.trim()) continue;
    const o = JSON.parse(line);
    texts.set(o.page ?? basename(dirname(o.file)), o.text ?? "");
  }
  const perPage = new Map([...want].map(([page, w]) => [page, score(shingles(texts.get(page) ?? ""), w)]));
  const scores = [...perPage.values()];
  const mean = (k) => scores.reduce((a, s) => a + s[k], 0) / scores.length;
  const p = mean("p"), r = mean("r");
  runs.push({ name: rest[i], rate: Number(rest[i + 2]), perPage, p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 });
}

const pad = (s, n) => String(s).padEnd(n);
const num = (x, d = 3) => x.toFixed(d).padStart(6);
const width = Math.max(9, ...runs.map((r) => r.name.length)) + 2;
console.log(`${pad("extractor", width)} pages  mean P  mean R      F1  pages/s`);
for (const r of runs) {
  console.log(`${pad(r.name, width)} ${String(r.perPage.size).padStart(5)}  ${num(r.p)}  ${num(r.r)}  ${num(r.f1)}  ${r.rate.toFixed(1).padStart(7)}`);
}

if (runs.length >= 2) {
  const [a, b] = runs;
  const top = [...want.keys()]
    .map((page) => ({ page, a: a.perPage.get(page), b: b.perPage.get(page) }))
    .sort((x, y) => Math.abs(y.a.f1 - y.b.f1) - Math.abs(x.a.f1 - x.b.f1) || x.page.localeCompare(y.page))
    .slice(0, 5);
  const w = Math.max(4, ...top.map((t) => t.page.length)) + 2;
  const cols = (s) => `${num(s.p, 2)} ${num(s.r, 2)} ${num(s.f1, 2)}`;
  console.log(`\nPages where they differ most (P R F1 per page):`);
  console.log(`${pad("page", w)} ${pad(a.name, 20)} ${pad(b.name, 20)} F1 diff`);
  for (const t of top) {
    console.log(`${pad(t.page, w)} ${pad(cols(t.a), 20)} ${pad(cols(t.b), 20)} ${(t.a.f1 - t.b.f1 >= 0 ? "+" : "") + (t.a.f1 - t.b.f1).toFixed(2)}`);
  }
}
