// Mozilla Readability.js over pages, timed the way `vigil extract --stats` times Vigil.
// Usage: node bench/fulltext/readability.mjs MODULES_DIR OUT.jsonl FILE...
//   MODULES_DIR holds node_modules with @mozilla/readability and jsdom; FILE is <page>/source.html.
// Writes one {page, text} JSON object per line to OUT.jsonl (text = article.textContent, "" if
// no article). Then, with the HTML already in memory, one warm-up round over all pages and 5
// timed rounds (JSDOM construction + parse, one thread); prints the last round's rate to stderr.
import { createRequire } from "node:module";
import { readFileSync, writeFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";

const [modules, out, ...files] = process.argv.slice(2);
const require = createRequire(join(resolve(modules), "package.json"));
const { JSDOM } = require("jsdom");
const { Readability } = require("@mozilla/readability");

const pages = files.map((f) => ({ page: basename(dirname(f)), html: readFileSync(f, "utf8") }));

function extract(html) {
  const dom = new JSDOM(html, { url: "http://fakehost/test/page.html" });
  const article = new Readability(dom.window.document).parse();
  dom.window.close();
  return article?.textContent ?? "";
}

writeFileSync(out, pages.map((p) => JSON.stringify({ page: p.page, text: extract(p.html) }) + "\n").join(""));

const ROUNDS = 5;
let seconds = 0;
for (let round = 0; round <= ROUNDS; round++) { // round 0 is the warm-up
  const t0 = process.hrtime.bigint();
  for (const p of pages) extract(p.html);
  seconds = Number(process.hrtime.bigint() - t0) / 1e9;
}
const rate = pages.length / seconds;
console.error(`extracted ${pages.length} pages in ${seconds.toFixed(2)} s: ${rate.toFixed(1)} pages/s (one thread)`);
