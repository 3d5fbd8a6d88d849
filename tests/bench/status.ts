/**
 * `npm run bench:status`: what the status feed costs the portal, against the fake status service
 * (a real HTTP server) and `next start` (`npm run build` first). Prints:
 * - /api/status latency (autocannon, 10 connections) with a healthy feed, a feed that stalls 30 s,
 *   one that sends 10 MB and one that answers HTML, on a server that asks the feed every second;
 * - the first answers of a server that starts while the feed stalls (it has no last good answer);
 * - an article's latency while the feed stalls (pages are prerendered: it should not move);
 * - CLS in Chromium while the banner and the notice arrive after the page.
 * Fails (exit 1) on any non-2xx answer or a CLS above 0.
 */
import autocannon from "autocannon";
import { chromium } from "@playwright/test";
import { CHROMIUM_ARGS, chromiumPath } from "../setup/chromium-path.mjs";
import { startFakeStatusService } from "../fakes/status-service";
import { serve } from "../gates/serve";

const DURATION = Number(process.argv.find((arg) => arg.startsWith("--duration="))?.split("=")[1] ?? 5);
const fake = await startFakeStatusService();
const env = { HELP_STATUS_URL: fake.feedUrl, HELP_STATUS_TTL_MS: "1000" };
let failed = false;
const rows: string[] = [];

async function load(url: string, label: string) {
  const result = await autocannon({ url, connections: 10, duration: DURATION });
  if (result.errors + result.timeouts + result.non2xx > 0) failed = true;
  rows.push(
    `${label.padEnd(44)}${String(Math.round(result.requests.average)).padStart(7)}${`${result.latency.p50} ms`.padStart(9)}${`${result.latency.p99} ms`.padStart(9)}${`${result.latency.max} ms`.padStart(9)}${String(result.non2xx + result.errors).padStart(8)}`,
  );
}

async function timed(url: string): Promise<{ ms: number; state: string }> {
  const start = performance.now();
  const response = await fetch(url);
  const body = (await response.json()) as { state: string };
  if (!response.ok) failed = true;
  return { ms: Math.round(performance.now() - start), state: body.state };
}

const warm = await serve({ port: 3335, env });
try {
  fake.use("incident");
  await timed(`${warm.url}/api/status`);
  await load(`${warm.url}/api/status`, "/api/status, healthy feed (incident posted)");
  fake.use("stall");
  await load(`${warm.url}/api/status`, "/api/status, feed stalls 30 s");
  await load(`${warm.url}/articles/high-error-rates`, "article page, feed stalls 30 s");
  fake.use("huge");
  await load(`${warm.url}/api/status`, "/api/status, feed sends 10 MB");
  fake.use("html");
  await load(`${warm.url}/api/status`, "/api/status, feed answers HTML");
} finally {
  warm.stop();
}

fake.use("stall");
const cold = await serve({ port: 3336, env: { ...env, HELP_STATUS_TTL_MS: "15000" } });
const coldAnswers: string[] = [];
try {
  for (let index = 0; index < 3; index += 1) {
    const { ms, state } = await timed(`${cold.url}/api/status`);
    coldAnswers.push(`${ms} ms (${state})`);
  }
} finally {
  cold.stop();
}

// CLS while the status arrives 600 ms after the page, on a server that asks the feed every time.
fake.use("incident", 600);
const clsServer = await serve({ port: 3335, env: { ...env, HELP_STATUS_TTL_MS: "0" } });
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
const clsRows: string[] = [];
try {
  for (const path of ["/articles/high-error-rates", "/errors/503", "/symptoms/503-service-unavailable"]) {
    for (const viewport of [{ width: 1280, height: 800 }, { width: 360, height: 740 }]) {
      const page = await browser.newPage({ viewport });
      await page.addInitScript(() => {
        const state = { cls: 0 };
        (window as unknown as { __cls: typeof state }).__cls = state;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!entry.hadRecentInput) state.cls += entry.value;
        }).observe({ type: "layout-shift", buffered: true });
      });
      const started = Date.now();
      await page.goto(clsServer.url + path);
      await page.getByRole("complementary", { name: "Service status" }).waitFor();
      const arrived = Date.now() - started;
      const cls = await page.evaluate(async () => {
        await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
        return (window as unknown as { __cls: { cls: number } }).__cls.cls;
      });
      if (cls > 0) failed = true;
      clsRows.push(`${path.padEnd(36)}${`${viewport.width} px`.padStart(8)}${`${arrived} ms`.padStart(12)}${cls.toFixed(4).padStart(8)}`);
      await page.close();
    }
  }
} finally {
  await browser.close();
  clsServer.stop();
  await fake.close();
}

console.log(`/api/status under load: autocannon, 10 connections, ${DURATION} s each; the server asks the feed at most once a second\n`);
console.log(`${"target".padEnd(44)}${"req/s".padStart(7)}${"p50".padStart(9)}${"p99".padStart(9)}${"max".padStart(9)}${"non-2xx".padStart(8)}`);
for (const row of rows) console.log(row);
console.log(`\nA server started while the feed stalls (no last good answer; 2 s timeout), its first three answers: ${coldAnswers.join(", ")}`);
console.log(`\nCLS while the banner and the notice arrive after the page (Chromium)\n${"page".padEnd(36)}${"width".padStart(8)}${"banner at".padStart(12)}${"CLS".padStart(8)}`);
for (const row of clsRows) console.log(row);
console.log(`\nStatus: ${failed ? "FAIL (a non-2xx answer, or a layout shift)" : "PASS (every answer 2xx, CLS 0)"}`);
process.exitCode = failed ? 1 : 0;
