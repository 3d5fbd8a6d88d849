import type { Page } from "@playwright/test";

export interface FirstResults {
  /** Focus → the first result on screen, whichever answered (the server while the index loads). */
  first: number;
  /** Focus → results from the local index (index download, parse and searcher construction included). */
  local: number;
}

/**
 * The header search box, found by a CSS selector: a role locator computes accessible names inside
 * the page, which on a throttled phone took main-thread time inside the window being measured.
 */
const searchBox = (page: Page) => page.locator("header input[role=combobox]");

/**
 * What the user sees first: from focusing the header search to its first result on screen, and to
 * local results. `delayMs` between keys: 0 types as fast as the page takes keys (every key queues
 * behind the last, as no person types), a human pace shows what someone typing sees.
 */
export async function firstResultsMs(page: Page, query: string, delayMs = 0): Promise<FirstResults> {
  const box = searchBox(page);
  // Hydrated: React has attached its handlers to the box (focus before that only shows the plain form).
  await page.waitForFunction(() => {
    const input = document.querySelector("header input[role=combobox]");
    return input !== null && Object.keys(input).some((key) => key.startsWith("__reactProps"));
  });
  await page.evaluate(() => {
    const input = document.querySelector<HTMLInputElement>("header input[role=combobox]")!;
    const list = document.getElementById(input.getAttribute("aria-controls")!)!;
    const state = window as unknown as { __focusAt?: number; __firstResultAt?: number; __localAt?: number };
    input.addEventListener("focus", () => (state.__focusAt ??= performance.now()), { once: true });
    // A result option carries the article title; the "See all results" option alone is not a result.
    // The listbox says where its results came from (data-source): the server's, then the local index's.
    const observer = new MutationObserver(() => {
      const now = performance.now();
      if (list.querySelectorAll("[role=option]").length > 1) {
        state.__firstResultAt ??= now;
        // A build from before the server's results had no data-source: its results were all local.
        if (list.dataset.source === "local" || list.dataset.source === undefined) state.__localAt ??= now;
      }
      if (state.__firstResultAt !== undefined && state.__localAt !== undefined) observer.disconnect();
    });
    observer.observe(list, { childList: true, subtree: true, attributes: true, attributeFilter: ["data-source"] });
  });
  await box.focus();
  await box.pressSequentially(query, { delay: delayMs });
  await page.waitForFunction(() => (window as unknown as { __localAt?: number }).__localAt !== undefined, undefined, { timeout: 60_000 });
  return page.evaluate(() => {
    const state = window as unknown as { __focusAt: number; __firstResultAt: number; __localAt: number };
    return { first: state.__firstResultAt - state.__focusAt, local: state.__localAt - state.__focusAt };
  });
}

export interface KeystrokeTimings {
  latencies: number[];
  inFrame: number;
  /** The box's text after each timed key, in the order of `latencies`. */
  queries: string[];
}

/**
 * Types each query a key at a time and times every keydown until the results list changed, and
 * whether that happened before the next animation frame. The index must be loaded already.
 */
export async function keystrokeTimings(page: Page, queries: readonly string[], delayMs: number): Promise<KeystrokeTimings> {
  const box = searchBox(page);
  await page.evaluate(() => {
    const timings: { latency: number; sameFrame: boolean; query: string }[] = [];
    (window as unknown as { __timings: typeof timings }).__timings = timings;
    const list = document.querySelector("[role=listbox]")!;
    const input = document.querySelector<HTMLInputElement>("[role=combobox]")!;
    let pending: { start: number; framed: boolean } | null = null;
    document.addEventListener(
      "keydown",
      () => {
        const current = { start: performance.now(), framed: false };
        pending = current;
        requestAnimationFrame(() => {
          current.framed = true;
        });
      },
      true,
    );
    new MutationObserver(() => {
      if (!pending) return;
      timings.push({ latency: performance.now() - pending.start, sameFrame: !pending.framed, query: input.value });
      pending = null;
    }).observe(list, { childList: true, subtree: true, characterData: true });
  });
  for (const query of queries) {
    await box.fill("");
    await box.pressSequentially(query, { delay: delayMs });
  }
  const timings = await page.evaluate(() => (window as unknown as { __timings: { latency: number; sameFrame: boolean; query: string }[] }).__timings);
  return {
    latencies: timings.map((timing) => timing.latency),
    inFrame: timings.filter((timing) => timing.sameFrame).length,
    queries: timings.map((timing) => timing.query),
  };
}

export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

/** The slowest keystrokes, as `"query" 34 ms`, slowest first. */
export function slowest({ latencies, queries }: KeystrokeTimings, count: number): string {
  return latencies
    .map((latency, i) => ({ latency, query: queries[i] }))
    .sort((a, b) => b.latency - a.latency)
    .slice(0, count)
    .map(({ latency, query }) => `"${query}" ${latency.toFixed(0)} ms`)
    .join(", ");
}
