/**
 * `npm run size`: first-load JavaScript (gzipped) per route of the built site, beside the
 * framework's own baseline (a blank Next.js page built with the same Next.js, in the same run).
 * Fails when our code adds more than 25 KB to the baseline on the home or article page, or when
 * the search index, the paste catalogue or search code (fuse.js, the searcher) is part of any
 * page's first load, or when the start-up chunks every page runs lack V8's compile hint (or a chunk
 * loaded later has it: see lib/compile-hints).
 * Needs `npm run build` first; builds the blank baseline app itself.
 */
import { chromium } from "@playwright/test";
import { COMPILE_HINT, readStartupChunks } from "../../lib/compile-hints";
import { CHROMIUM_ARGS, chromiumPath } from "../setup/chromium-path.mjs";
import { buildBaselineApp } from "./baseline-app";
import { measureFirstLoad } from "./first-load";
import { serve } from "./serve";

const BUDGET_KB = 25;
const ROUTES = [
  { path: "/", budgeted: true },
  { path: "/articles/rate-limit-exceeded", budgeted: true },
  { path: "/categories/api", budgeted: false },
  { path: "/errors", budgeted: false },
  { path: "/errors/429", budgeted: false },
  { path: "/symptoms/rate-limit-reached", budgeted: false },
  { path: "/articles", budgeted: false },
  { path: "/search?q=429", budgeted: false },
];
// A string only the search code carries (fuse.js's error text survives minification); the run
// checks it does show up once search is used, so its absence from first loads means something.
const SEARCH_MARKERS = ["Pattern length exceeds max of"];
const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const STARTUP = await readStartupChunks(process.env.NEXT_DIST_DIR || ".next");
const isStartup = (url: string) => STARTUP.some((chunk) => new URL(url).pathname === `/_next/${chunk}`);

buildBaselineApp();
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
const baselineServer = await serve({ cwd: ".next-baseline-app", port: 3310 });
const site = await serve({ port: 3311 });
let failed = false;
try {
  const baseline = await measureFirstLoad(browser, baselineServer.url);
  console.log(`First-load JavaScript, gzipped (level 9). Framework baseline (blank Next.js page): ${kb(baseline.gzipBytes)} KB\n`);
  console.log(`${"route".padEnd(34)}${"total KB".padStart(10)}${"ours KB".padStart(10)}  budget`);
  for (const route of ROUTES) {
    const load = await measureFirstLoad(browser, site.url + route.path);
    const ours = load.gzipBytes - baseline.gzipBytes;
    const leaks = [
      ...load.requests.filter((url) => url.includes("/search-index")).map(() => "search index"),
      ...load.requests.filter((url) => url.includes("/paste-catalogue")).map(() => "paste catalogue"),
      ...load.scripts.filter((script) => SEARCH_MARKERS.some((marker) => script.body.includes(marker))).map((script) => `search code in ${script.url}`),
      ...load.scripts.filter((script) => isStartup(script.url) !== script.body.startsWith(COMPILE_HINT)).map((script) => `compile hint wrong on ${script.url}`),
      ...(load.scripts.filter((script) => isStartup(script.url)).length === STARTUP.length ? [] : ["not every start-up chunk loaded"]),
    ];
    const over = route.budgeted && ours > BUDGET_KB * 1024;
    if (over || leaks.length > 0) failed = true;
    const verdict = route.budgeted ? (over ? `FAIL (> ${BUDGET_KB} KB)` : `ok (≤ ${BUDGET_KB} KB)`) : "—";
    console.log(`${route.path.padEnd(34)}${kb(load.gzipBytes).padStart(10)}${kb(ours).padStart(10)}  ${verdict}${leaks.length ? `  FAIL: ${leaks.join(", ")}` : ""}`);
  }
  // Positive control: use search, wait until results show (so its code has loaded), and find the marker.
  const page = await browser.newPage();
  const bodies: Promise<string>[] = [];
  page.on("response", (response) => {
    if (response.request().resourceType() === "script") bodies.push(response.text().catch(() => ""));
  });
  await page.goto(site.url, { waitUntil: "networkidle" });
  await page.getByRole("combobox").fill("rate limit");
  await page.getByRole("option", { name: /Rate limit exceeded/ }).first().waitFor();
  const searchCode = (await Promise.all(bodies)).filter((body) => SEARCH_MARKERS.some((marker) => body.includes(marker)));
  const loadedOnUse = searchCode.length > 0;
  const searchCodeHinted = searchCode.some((body) => body.startsWith(COMPILE_HINT));
  if (!loadedOnUse || searchCodeHinted) failed = true;
  console.log(`\nSearch code loads when search is first used: ${loadedOnUse ? "yes" : "NO (the marker check above proves nothing)"}`);
  console.log(`V8 compile hint: on the ${STARTUP.length} start-up chunks of every page above; on the search code loaded later: ${searchCodeHinted ? "YES (wrong)" : "no"}`);
} finally {
  await browser.close();
  baselineServer.stop();
  site.stop();
}
console.log(failed ? "\nSize budget: FAIL" : "\nSize budget: PASS (search index and search code load only when search is used)");
process.exitCode = failed ? 1 : 0;
