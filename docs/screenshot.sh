#!/usr/bin/env bash
# Takes the README's screenshot of the explorer on the real taxonomy, the garbage collector selected, in Debian's
# headless chromium driven by puppeteer-core (installed into a scratch folder; no browser is downloaded). Each shot
# waits for <html data-state="ready"> and the frame after it, never for a guessed time.
#   bash docs/screenshot.sh [page.html]   → docs/images/explorer.png (1400×900), and the same view at 1024×768 and
#                                            390×844 in $SHOTS (default /tmp/clrgraph-screenshots) to look at
# Without a page it exports the taxonomy's explorer.html into a temporary folder first.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
scratch=${SCRATCH:-/tmp/clrgraph-screenshot}
shots=${SHOTS:-/tmp/clrgraph-screenshots}
chromium=${CHROMIUM:-/usr/bin/chromium}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

page=${1:-}
if [ -z "$page" ]; then
  dotnet run --project "$root/src/ClrGraph.Cli" -- export --taxonomy "$root/taxonomy/taxonomy.yaml" --out "$work" \
    --format html >/dev/null
  page="$work/explorer.html"
fi
page=$(realpath "$page")
if [ ! -d "$scratch/node_modules/puppeteer-core" ]; then
  mkdir -p "$scratch" && (cd "$scratch" && npm install --no-audit --no-fund puppeteer-core >/dev/null)
fi
mkdir -p "$shots"

cat >"$work/shot.cjs" <<'JS'
const puppeteer = require(process.argv[2] + "/node_modules/puppeteer-core");
const [, , , chromium, page, readme, shots] = process.argv;
(async () => {
  const browser = await puppeteer.launch({ executablePath: chromium, headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--hide-scrollbars"] });
  for (const [width, height] of [[1400, 900], [1024, 768], [390, 844]]) {
    const tab = await browser.newPage();
    await tab.setViewport({ width, height });
    await tab.goto("file://" + page + "#subsystem:gc");
    await tab.waitForSelector("html[data-state=ready]");
    await tab.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    const path = width === 1400 ? readme : `${shots}/explorer-${width}x${height}.png`;
    await tab.screenshot({ path });
    console.log("wrote " + path);
    await tab.close();
  }
  await browser.close();
})();
JS
node "$work/shot.cjs" "$scratch" "$chromium" "$page" "$root/docs/images/explorer.png" "$shots"
