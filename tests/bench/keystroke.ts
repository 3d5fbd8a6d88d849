/**
 * `npm run bench:keystroke`: how long the header search takes from a keystroke to its results on
 * screen, in real Chromium against the built site (`npm run build` first). Each key is timed from
 * its keydown event to the mutation of the results list, and whether that happened before the
 * next animation frame (so the results are in the frame the keystroke produced).
 */
import { chromium } from "@playwright/test";
import { CHROMIUM_ARGS, chromiumPath } from "../setup/chromium-path.mjs";
import { serve } from "../gates/serve";

const QUERIES = ["rate limit headers", "invalid api key", "budget alerts", "429", "permision denied", "cant login", "exponential backoff", "timeout"];

const server = await serve({ port: 3340 });
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage();
  await page.goto(server.url);
  const box = page.getByRole("combobox", { name: "Search the help center" });
  await Promise.all([page.waitForResponse((response) => response.url().includes("/search-index/")), box.focus()]);
  await page.waitForFunction(() => document.querySelector("[role=listbox]") !== null);
  await page.evaluate(() => {
    const timings: { latency: number; sameFrame: boolean }[] = [];
    (window as unknown as { __timings: typeof timings }).__timings = timings;
    const list = document.querySelector("[role=listbox]")!;
    let pending: { start: number; framed: boolean } | null = null;
    document.addEventListener("keydown", () => {
      const current = { start: performance.now(), framed: false };
      pending = current;
      requestAnimationFrame(() => {
        current.framed = true;
      });
    }, true);
    new MutationObserver(() => {
      if (!pending) return;
      timings.push({ latency: performance.now() - pending.start, sameFrame: !pending.framed });
      pending = null;
    }).observe(list, { childList: true, subtree: true, characterData: true });
  });
  for (const query of QUERIES) {
    await box.fill("");
    await box.pressSequentially(query, { delay: 40 });
  }
  const timings = await page.evaluate(() => (window as unknown as { __timings: { latency: number; sameFrame: boolean }[] }).__timings);
  const sorted = timings.map((timing) => timing.latency).sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!.toFixed(2);
  const inFrame = timings.filter((timing) => timing.sameFrame).length;
  console.log(`Header search, ${timings.length} keystrokes over ${QUERIES.length} queries (bundled content, Chromium, no throttling):`);
  console.log(`  keydown → results updated: p50 ${at(50)} ms · p95 ${at(95)} ms · max ${sorted.at(-1)!.toFixed(2)} ms`);
  console.log(`  updated before the next animation frame: ${inFrame} of ${timings.length} keystrokes`);
} finally {
  await browser.close();
  server.stop();
}
