// Mozilla Readability.js over pages, timed the way `vigil extract --stats` times Vigil.
// Usage: node bench/fulltext/readability.mjs MODULES_DIR OUT.jsonl FILE...
//   MODULES_DIR holds node_modules with @mozilla/readability and jsdom; FILE is <page>/source.html.
// Writes one {page, text} JSON object per line to OUT.jsonl (text = article.textContent, "" if
// no article). Then, with the HTML already in memory, one warm-up round over all pages and 5
// timed rounds (JSDOM construction + parse, one thread); prints the last round's rate to stderr.
// After each page it lets the event loop turn: jsdom frees a closed window only once its queued
// tasks have run, so a loop that never yields keeps every window (~10 MB a page) and ends up
// timing the garbage collector near the heap limit.
import { createRequire } from "node:module";
import { readFileSync, writeFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";

const [modules, out, ...files] = process.argv.slice(2);
const require = createRequire(join(resolve(modules), "package.json"));
const { JSDOM, VirtualConsole } = require("jsdom");
const { Readability } = require("@mozilla/readability");

const pages = files.map((f) => ({ page: basename(dirname(f)), html: readFileSync(f, "utf8") }));

const quiet = new VirtualConsole(); // drops jsdom's "Could not parse CSS stylesheet" noise
const turn = () => new Promise((resolve) => setImmediate(resolve));

async function extract(html) {
  const dom = new JSDOM(html, { url: "http://fakehost/test/page.html", virtualConsole: quiet });
  const article = new Readability(dom.window.document).parse();
  dom.window.close();
  await turn();
  return article?.textContent ?? "";
}

const lines = [];
for (const p of pages) lines.push(JSON.stringify({ page: p.page, text: await extract(p.html) }) + "\n");
writeFileSync(out, lines.join(""));

const ROUNDS = 5;
let seconds = 0;
for (let round = 0; round <= ROUNDS; round++) { // round 0 is the warm-up
  const t0 = process.hrtime.bigint();
  for (const p of pages) await extract(p.html);
  seconds = Number(process.hrtime.bigint() - t0) / 1e9;
}
const rate = pages.length / seconds;
console.error(`extracted ${pages.length} pages in ${seconds.toFixed(2)} s: ${rate.toFixed(1)} pages/s (one thread)`);
