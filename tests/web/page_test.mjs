// Browser test of the page `crosscheck serve` answers at /: Playwright
// (npm playwright-core) drives Debian's chromium over the demo corpus.
//   node page_test.mjs CROSSCHECK_BINARY EXAMPLES_DIR OUTPUT_DIR
// Analyses EXAMPLES_DIR into OUTPUT_DIR/web-test.db, starts `serve --port 0`,
// searches, opens a story, checks the outlets side by side, a highlighted
// differing figure and, after a click on it, the highlighted sentence in the
// article; writes OUTPUT_DIR/web-story.png and prints its path.
// Exit: 0 pass, 1 fail, 77 skipped (no chromium: CHROMIUM or /usr/bin/chromium).
import { spawn, execFileSync } from "node:child_process";
import { existsSync, rmSync } from "node:fs";
import { createInterface } from "node:readline";
import path from "node:path";

const [binary, examples, outDir] = process.argv.slice(2);
if (!binary || !examples || !outDir) {
  console.error("usage: node page_test.mjs CROSSCHECK_BINARY EXAMPLES_DIR OUTPUT_DIR");
  process.exit(1);
}
const chromiumPath = process.env.CHROMIUM || "/usr/bin/chromium";
if (!existsSync(chromiumPath)) {
  console.log(`skipped: no chromium at ${chromiumPath}`);
  process.exit(77);
}
let chromium;
try {
  ({ chromium } = await import("playwright-core"));
} catch {
  console.log("skipped: playwright-core is not installed (npm install in tests/web)");
  process.exit(77);
}

const db = path.join(outDir, "web-test.db");
for (const f of [db, db + "-wal", db + "-shm"]) rmSync(f, { force: true });
execFileSync(binary, ["analyze", examples, "--db", db, "--quiet"], { stdio: "inherit" });

const server = spawn(binary, ["serve", "--db", db, "--port", "0"], {
  stdio: ["ignore", "pipe", "inherit"],
});
const url = await new Promise((resolve, reject) => {
  createInterface({ input: server.stdout }).once("line", resolve);
  server.once("exit", (code) => reject(new Error(`serve exited with ${code}`)));
});

function check(ok, what) {
  if (!ok) throw new Error("failed: " + what);
  console.log("ok: " + what);
}

let browser;
let failed = false;
try {
  browser = await chromium.launch({ executablePath: chromiumPath, args: ["--no-sandbox"] });
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  const external = [];
  page.on("request", (r) => { if (!r.url().startsWith(url)) external.push(r.url()); });
  await page.goto(url);
  await page.waitForSelector(".story-item");
  check((await page.locator(".story-item").count()) >= 1, "the story list loads");

  await page.fill("#q", "flood wall");
  await page.click("#search-form button");
  await page.waitForSelector("#results .hit");
  check((await page.locator("#results .hit").count()) >= 1, "search finds articles");
  await page.waitForSelector("#stories .story-item");

  // The flood story: the listed story with the most articles.
  const items = page.locator("#stories .story-item");
  let best = 0, bestCount = -1;
  for (let i = 0; i < (await items.count()); i++) {
    const m = (await items.nth(i).innerText()).match(/(\d+) articles/);
    if (m && Number(m[1]) > bestCount) { bestCount = Number(m[1]); best = i; }
  }
  await items.nth(best).click();
  await page.waitForSelector("#story .outlets .outlet-col");
  const columns = await page.locator("#story .outlets .outlet-col").count();
  check(columns >= 3, `outlets side by side (${columns} columns)`);
  check((await page.locator("#story .claim-table th").count()) >= columns + 2,
    "the claims table has a column per outlet");
  const differing = page.locator("#story td.differ .claim-link");
  check((await differing.count()) >= 1, `differing figures highlighted (${await differing.count()})`);
  check((await page.locator("#story .quote-link").count()) >= 2, "quotations with each outlet's wording");

  const claim = differing.first();
  const claimText = (await claim.innerText()).trim();
  await claim.click();
  await page.waitForSelector("#article mark.hl");
  const marked = await page.locator("#article mark.hl").innerText();
  check(marked.includes(claimText), `the claim "${claimText}" opens its highlighted sentence`);
  check(external.length === 0, "no request leaves the server (" + external.join(", ") + ")");

  const shot = path.resolve(outDir, "web-story.png");
  await page.locator("#story").scrollIntoViewIfNeeded();
  await page.screenshot({ path: shot, fullPage: true });
  console.log("screenshot: " + shot);
} catch (e) {
  failed = true;
  console.error(e.stack || String(e));
} finally {
  if (browser) await browser.close();
  server.kill("SIGTERM");
}
process.exit(failed ? 1 : 0);
