#!/usr/bin/env bash
# The explorer page at scale, in Debian's headless chromium: time to <html data-state="ready"> (the first frame),
# a search's time, and the file's size; then sigma.js 3 (WebGL) drawing the same graph in the same run.
#
#   bash tests/ClrGraph.Benchmarks/explorer.sh [explorer.html]
#
# Without a page it generates 100,000 posts and exports them. Node packages (puppeteer-core, sigma 3, graphology,
# esbuild) go into a scratch folder outside the repository ($SCRATCH, default /tmp/clrgraph-explorer-bench); no
# browser is downloaded. RUNS (default 3) loads of each page; the median is reported. SIGMA=0 skips sigma.
set -euo pipefail
cd "$(dirname "$0")/../.."
repo=$(pwd)
scratch=${SCRATCH:-/tmp/clrgraph-explorer-bench}
runs=${RUNS:-3}
chromium=${CHROMIUM:-/usr/bin/chromium}
mkdir -p "$scratch"

page=${1:-}
if [ -z "$page" ]; then
  rm -rf "$scratch/corpus" "$scratch/output"
  dotnet run --project src/ClrGraph.Cli -c Release -- generate --out "$scratch/corpus" --posts 100000 >/dev/null
  dotnet run --project src/ClrGraph.Cli -c Release -- export --taxonomy "$scratch/corpus/taxonomy.yaml" \
    --out "$scratch/output" --format html >/dev/null
  page="$scratch/output/explorer.html"
  [ -f "$page" ] || { echo "export wrote no explorer.html; pass a page: $0 explorer.html" >&2; exit 1; }
fi
page=$(realpath "$page")
[ -x "$chromium" ] || { echo "$chromium is missing (apt-get install chromium)" >&2; exit 1; }

if [ ! -d "$scratch/node_modules/sigma" ] || [ ! -d "$scratch/node_modules/puppeteer-core" ]; then
  (cd "$scratch" && [ -f package.json ] || (cd "$scratch" && npm init -y >/dev/null))
  (cd "$scratch" && npm install --no-audit --no-fund puppeteer-core sigma@3 graphology esbuild >/dev/null)
fi
if [ ! -f "$scratch/sigma-bundle.js" ]; then
  printf '%s\n' 'import Graph from "graphology";' 'import Sigma from "sigma";' \
    'window.Graph = Graph;' 'window.Sigma = Sigma;' >"$scratch/sigma-entry.mjs"
  "$scratch/node_modules/.bin/esbuild" "$scratch/sigma-entry.mjs" --bundle --format=iife --minify \
    --outfile="$scratch/sigma-bundle.js" --log-level=warning
fi

cat >"$scratch/bench.mjs" <<'EOF'
import fs from "node:fs";
import path from "node:path";
import puppeteer from "puppeteer-core";

const [page, scratch, chromium] = process.argv.slice(2, 5);
const [runs, sigmaRuns] = [Number(process.argv[5]), Number(process.argv[6])];
const args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
  "--disable-sync", "--no-first-run"];
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const seconds = (ms) => (ms / 1000).toFixed(2) + " s";

// The same graph for sigma: our page's JSON, nodes and edges rebuilt with graphology, drawn by sigma 3.
const html = fs.readFileSync(page, "utf8");
const json = html.slice(html.indexOf('id="clrgraph-data">') + 19, html.indexOf("</script>", html.indexOf('id="clrgraph-data">')));
const sigmaPage = path.join(scratch, "sigma.html");
fs.writeFileSync(sigmaPage, `<!DOCTYPE html><html><head><meta charset="utf-8"><style>html,body,#c{margin:0;width:100%;height:100%}</style>
<script src="sigma-bundle.js"></script></head><body><div id="c"></div>
<script type="application/json" id="data">${json}</script>
<script>
const raw = JSON.parse(document.getElementById("data").textContent);
// Columns left out at a record's end hold their defaults: no lists, the primary subsystem's colour.
const named = (rows, fields) => rows.map((row) => Object.fromEntries(fields.map((f, k) => [f, row[k] ?? null])));
const [subsystems, lists, posts] = [named(raw.subsystems, raw.fields.subsystems),
  named(raw.readingLists, raw.fields.readingLists), named(raw.posts, raw.fields.posts)];
const graph = new Graph({ multi: true });
const S = subsystems.length, L = lists.length, u = raw.positionUnit;
subsystems.forEach((s, i) => graph.addNode(i, { x: s.x * u, y: -s.y * u, size: 6, color: raw.colors[s.color], label: s.name }));
lists.forEach((l, i) => graph.addNode(S + i, { x: l.x * u, y: -l.y * u, size: 5, color: "#5f5f5f" }));
posts.forEach((p, i) => graph.addNode(S + L + i, { x: p.x * u, y: -p.y * u, size: 1,
  color: raw.colors[p.color ?? subsystems[p.covers[0]].color] }));
subsystems.forEach((s, i) => s.parent !== null && graph.addEdge(i, s.parent));
posts.forEach((p, i) => { p.covers.forEach((t) => graph.addEdge(S + L + i, t)); (p.lists ?? []).forEach((l) => graph.addEdge(S + l, S + L + i)); });
const renderer = new Sigma(graph, document.getElementById("c"));
renderer.once("afterRender", () => requestAnimationFrame(() => { window.sigmaNodes = graph.order; window.sigmaEdges = graph.size; document.documentElement.dataset.state = "ready"; }));
renderer.refresh();
</script></body></html>`);

async function load(url, extraArgs) {
  const browser = await puppeteer.launch({ executablePath: chromium, headless: true, args: args.concat(extraArgs) });
  try {
    const tab = await browser.newPage();
    await tab.setViewport({ width: 1280, height: 800 });
    const errors = [];
    tab.on("pageerror", (e) => errors.push(String(e)));
    tab.on("console", (m) => m.type() === "error" && errors.push(m.text()));
    const start = Date.now();
    await tab.goto(url, { waitUntil: "domcontentloaded", timeout: 300000 });
    await tab.waitForSelector("html[data-state=ready]", { timeout: 300000 });
    const ready = Date.now() - start;
    return { browser, tab, ready, errors };
  } catch (e) {
    await browser.close();
    throw e;
  }
}

const url = "file://" + page;
const ours = [];
const searches = [];
for (let run = 0; run < runs; run++) {
  const { browser, tab, ready, errors } = await load(url, []);
  ours.push(ready);
  if (run === 0) {
    const counts = await tab.evaluate(() => [clrgraph.nodes, clrgraph.edges, clrgraph.drawnEdges]);
    console.log(`explorer: ${counts[0]} nodes, ${counts[1]} edges (${counts[2]} drawn in the first frame)`
      + (errors.length ? `, errors: ${errors.join("; ")}` : ", no console error"));
  }
  // Searches as typed (the input event, any pause the page makes for the next key included) to the result list and
  // the next frame drawn, half a second after the first frame, while the page may still be indexing words for typos.
  searches.push(await tab.evaluate(async () => {
    await new Promise((resolve) => setTimeout(resolve, 500));
    const box = document.getElementById("search");
    const results = document.getElementById("results");
    const times = [];
    // Narrow and broad queries (one letter matches nearly every node), then a typo only the forgiving pass finds.
    for (const query of ["runtime", "part 41", "post 99999", "subsystem 42", "a", "e", "the", "gc", "subsytem"]) {
      const start = performance.now();
      const listed = new Promise((resolve) => {
        const observer = new MutationObserver(() => {
          observer.disconnect();
          resolve();
        });
        observer.observe(results, { childList: true });
      });
      box.value = query;
      box.dispatchEvent(new Event("input", { bubbles: true }));
      await listed;
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      times.push([query, performance.now() - start, clrgraph.matches]);
    }
    return times;
  }));
  await browser.close();
}
console.log(`explorer: first frame (navigation to data-state=ready) ${seconds(median(ours))} median of ${runs}: `
  + ours.map(seconds).join(", "));
let slowest = 0;
searches[0].forEach(([query, , matches], q) => {
  const times = searches.map((run) => run[q][1]);
  slowest = Math.max(slowest, median(times));
  console.log(`explorer: search "${query}": ${median(times).toFixed(0)} ms median of ${runs} (`
    + times.map((t) => t.toFixed(0)).join(", ") + ` ms) from the keystroke to the listed results, drawn (${matches} matches)`);
});
const megabytes = fs.statSync(page).size / 1e6;
console.log(`explorer: file ${megabytes.toFixed(2)} MB (at most 15); slowest search ${slowest.toFixed(0)} ms median `
  + "(at most 300)");

const sigma = [];
for (let run = 0; run < sigmaRuns; run++) {
  try {
    const { browser, tab, ready, errors } = await load("file://" + sigmaPage, ["--enable-unsafe-swiftshader"]);
    if (run === 0) {
      const counts = await tab.evaluate(() => [window.sigmaNodes, window.sigmaEdges]);
      console.log(`sigma.js 3: ${counts[0]} nodes, ${counts[1]} edges` + (errors.length ? `, errors: ${errors.join("; ")}` : ""));
    }
    sigma.push(ready);
    await browser.close();
  } catch (e) {
    console.log("sigma.js 3 failed: " + e.message);
    break;
  }
}
if (sigma.length > 0) {
  console.log(`sigma.js 3: first frame ${seconds(median(sigma))} median of ${sigma.length}: ` + sigma.map(seconds).join(", "));
  console.log(`explorer / sigma: ${(median(ours) / median(sigma)).toFixed(2)} (at most 0.33)`);
}
EOF

node "$scratch/bench.mjs" "$page" "$scratch" "$chromium" "$runs" "$([ "${SIGMA:-1}" = 0 ] && echo 0 || echo "$runs")"
