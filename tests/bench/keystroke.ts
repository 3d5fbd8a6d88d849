/**
 * `npm run bench:keystroke`: how long the header search takes from a keystroke to its results on
 * screen, in real Chromium against a built site. Each key is timed from its keydown event to the
 * mutation of the results list, and whether that happened before the next animation frame (so the
 * results are in the frame the keystroke produced).
 *
 *   (no options)                    desktop, no throttling, the bundled content (`npm run build` first)
 *   --phone [--articles 100,1000]   a phone: Moto G4 viewport and touch, CPU slowed 4× through DevTools
 *                                   (Emulation.setCPUThrottlingRate), against sites of the bundled
 *                                   articles plus 100 / 1,000 / 10,000 generated ones (built into
 *                                   .bench/sites/<N> when missing or older than the code); also times
 *                                   first focus → first results on a cold page (index download, parse
 *                                   and searcher construction included: the first results may be the server's, shown while the index loads; "local"
 *                                   is when the index's own results replace them)
 */
import { chromium, devices, type Browser } from "@playwright/test";
import { CHROMIUM_ARGS, chromiumPath } from "../setup/chromium-path.mjs";
import { serve } from "../gates/serve";
import { ensureBuiltSite } from "./bench-site";
import { firstResultsMs, keystrokeTimings, percentile, slowest } from "./keystroke-measure";

const QUERIES = ["rate limit headers", "invalid api key", "budget alerts", "429", "permision denied", "cant login", "exponential backoff", "timeout"];
const argv = process.argv.slice(2);
const phone = argv.includes("--phone");
const sizes = argv.includes("--articles") ? argv[argv.indexOf("--articles") + 1]!.split(",").map(Number) : [100, 1000, 10000];
const THROTTLE = 4;

const ms = (value: number) => `${value.toFixed(value < 10 ? 2 : 0)} ms`;

async function desktop(browser: Browser) {
  const server = await serve({ port: 3340 });
  try {
    const page = await browser.newPage();
    await page.goto(server.url);
    await firstResultsMs(page, "rate");
    const { latencies, inFrame } = await keystrokeTimings(page, QUERIES, 40);
    console.log(`Header search, ${latencies.length} keystrokes over ${QUERIES.length} queries (bundled content, Chromium, no throttling):`);
    console.log(`  keydown → results updated: p50 ${ms(percentile(latencies, 50))} · p95 ${ms(percentile(latencies, 95))} · max ${ms(Math.max(...latencies))}`);
    console.log(`  updated before the next animation frame: ${inFrame} of ${latencies.length} keystrokes`);
  } finally {
    server.stop();
  }
}

async function phoneProfile(browser: Browser) {
  console.log(`Header search on a phone profile: ${devices["Moto G4"].viewport.width}×${devices["Moto G4"].viewport.height} touch viewport, CPU ${THROTTLE}× slower (DevTools throttling), loopback network.`);
  const rows: string[] = [];
  for (const size of sizes) {
    const site = await ensureBuiltSite(size);
    const server = await serve({ port: 3340, env: { NEXT_DIST_DIR: site.distDir } });
    try {
      // A running portal has answered searches before: its first one (loading the route and its
      // searcher) is not what a reader waits for. The page's own index is never warmed.
      await fetch(`${server.url}/api/search?q=warm`);
      // A fresh context: nothing cached, so the first search downloads the index as a first visit does.
      const context = await browser.newContext({ ...devices["Moto G4"] });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send("Emulation.setCPUThrottlingRate", { rate: THROTTLE });
      await page.goto(server.url);
      const { first, local } = await firstResultsMs(page, "rate");
      const indexBytes = await page.evaluate(() => (performance.getEntriesByType("resource").find((entry) => entry.name.includes("search-index")) as PerformanceResourceTiming | undefined)?.transferSize ?? 0);
      // Slower keys than a desktop test: a throttled phone needs the time, and people type slower on glass.
      const timings = await keystrokeTimings(page, QUERIES, 120);
      const { latencies, inFrame } = timings;
      await context.close();
      const row = `| ${size.toLocaleString("en-US")} | ${Math.round(indexBytes / 1024).toLocaleString("en-US")} KB | ${ms(first)} | ${ms(local)} | ${ms(percentile(latencies, 50))} | ${ms(percentile(latencies, 95))} | ${ms(Math.max(...latencies))} | ${inFrame}/${latencies.length} |`;
      console.log(row);
      console.log(`  slowest keystrokes: ${slowest(timings, 5)}`);
      rows.push(row);
    } finally {
      server.stop();
    }
  }
  console.log("\n| generated articles | index transferred | first focus → first results | → local results | keystroke p50 | keystroke p95 | max | in the keystroke's frame |");
  console.log("|---|---|---|---|---|---|---|---|");
  for (const row of rows) console.log(row);
  console.log("\nTargets (throttled): first results ≤ 300 ms at 1,000; keystroke p95 ≤ 16 ms at 1,000 and ≤ 50 ms at 10,000.");
}

const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
try {
  await (phone ? phoneProfile(browser) : desktop(browser));
} finally {
  await browser.close();
}
