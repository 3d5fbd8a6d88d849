/**
 * `npm run bench:insights`: how fast insights answer on 1,000,000 stored events, on PostgreSQL and
 * on PGlite. For each store: seeds the events (the generator of `npm run db:seed-demo`, same seed),
 * then times
 *   1. each insights page's queries (the catch-up probe plus every table the page shows) for the
 *      7, 30 and 90-day views, and the public "Fixed it for N %" query of every article, in process;
 *   2. each insights page and JSON table over HTTP from `next start`, signed in, as staff see them.
 * One warm-up, then 5 runs each; prints the median and the slowest. Exits 1 when a median is over
 * the 500 ms target. Needs `npm run build`; PostgreSQL from TEST_DATABASE_URL (the npm script
 * starts a throwaway cluster). `--events=N` for a quicker look.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { StoreConfig } from "@/lib/events/config";
import { openStore } from "@/lib/events/store";
import { loadCatalogue } from "@/lib/insights/catalogue";
import { seedDemo } from "@/lib/insights/demo/seed";
import { catchUp } from "@/lib/insights/freshness";
import { publicStepOutcomes } from "@/lib/insights/queries/outcomes";
import { SECTIONS } from "@/lib/insights/sections";
import { TABLES } from "@/lib/insights/tables";
import { parseWindow, WINDOWS } from "@/lib/insights/window";
import { serve } from "../gates/serve";
import { createDatabase } from "../support/event-rows";

const EVENTS = Number(process.argv.find((arg) => arg.startsWith("--events="))?.split("=")[1] ?? 1_000_000);
const RUNS = 5;
const TARGET_MS = 500;
const PASSWORD = "bench staff password";
const postgresUrl = process.env.TEST_DATABASE_URL;
if (!postgresUrl) throw new Error("TEST_DATABASE_URL is not set: run `npm run bench:insights`, which starts a throwaway PostgreSQL.");

interface Timing {
  store: string;
  what: string;
  median: number;
  max: number;
}
const timings: Timing[] = [];

async function time(store: string, what: string, work: () => Promise<unknown>): Promise<void> {
  await work();
  const runs: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now();
    await work();
    runs.push(performance.now() - started);
  }
  runs.sort((a, b) => a - b);
  const timing = { store, what, median: runs[Math.floor(RUNS / 2)]!, max: runs.at(-1)! };
  timings.push(timing);
  console.log(`  ${what.padEnd(44)} median ${timing.median.toFixed(1).padStart(7)} ms   max ${timing.max.toFixed(1).padStart(7)} ms${timing.median > TARGET_MS ? "   OVER TARGET" : ""}`);
}

async function seed(label: string, config: StoreConfig): Promise<void> {
  const store = await openStore(config);
  try {
    const started = performance.now();
    await seedDemo(store.db, await loadCatalogue(), { events: EVENTS, seed: 12, days: 90, retentionDays: 180 });
    console.log(`\n── ${label}: ${EVENTS.toLocaleString("en-US")} events seeded and rolled up in ${((performance.now() - started) / 1000).toFixed(1)} s ──`);
  } finally {
    await store.close();
  }
}

async function queries(label: string, config: StoreConfig): Promise<void> {
  const store = await openStore(config);
  const catalogue = await loadCatalogue();
  try {
    console.log(`Queries, in process:`);
    for (const [id, section] of Object.entries(SECTIONS)) {
      for (const days of WINDOWS) {
        const window = parseWindow(String(days))!;
        await time(label, `${id} page, ${days} days (queries)`, async () => {
          await catchUp(store.db, 180);
          await Promise.all(section.tables.map((table) => table.load(store.db, window, catalogue)));
        });
      }
    }
    await time(label, `"Fixed it for N %", all ${catalogue.articles.size} articles`, () => Promise.all([...catalogue.articles.keys()].map((slug) => publicStepOutcomes(store.db, slug))));
  } finally {
    await store.close();
  }
}

async function http(label: string, env: Record<string, string>): Promise<void> {
  const server = await serve({ port: 3336, env: { ...env, HELP_ADMIN_PASSWORD: PASSWORD, HELP_SESSION_SECRET: "b".repeat(40) } });
  try {
    const signIn = await fetch(`${server.url}/api/insights/session`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: server.url },
      body: JSON.stringify({ password: PASSWORD }),
    });
    const cookie = signIn.headers.get("set-cookie")?.split(";")[0];
    if (signIn.status !== 200 || !cookie) throw new Error(`sign-in answered ${signIn.status}`);
    const get = async (url: string) => {
      const response = await fetch(`${server.url}${url}`, { headers: { cookie } });
      await response.arrayBuffer();
      if (response.status !== 200) throw new Error(`${url} answered ${response.status}`);
    };
    console.log(`Over HTTP, signed in:`);
    for (const section of Object.values(SECTIONS)) for (const days of WINDOWS) await time(label, `GET ${section.path}?days=${days}`, () => get(`${section.path}?days=${days}`));
    for (const table of TABLES) await time(label, `GET /api/insights/${table.name}?days=90`, () => get(`/api/insights/${table.name}?days=90`));
  } finally {
    server.stop();
    await server.exited;
  }
}

const database = await createDatabase(postgresUrl, "bench_insights");
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-insights-"));
try {
  await seed("PostgreSQL", { kind: "postgres", url: database.url });
  await queries("PostgreSQL", { kind: "postgres", url: database.url });
  await http("PostgreSQL", { DATABASE_URL: database.url });
  const pglite = { kind: "pglite" as const, dir: path.join(dir, "events") };
  await seed("PGlite", pglite);
  await queries("PGlite", pglite);
  await http("PGlite", { HELP_EVENTS_DIR: pglite.dir });
} finally {
  await database.drop();
  fs.rmSync(dir, { recursive: true, force: true });
}

const over = timings.filter((timing) => timing.median > TARGET_MS);
const slowest = (store: string) => timings.filter((timing) => timing.store === store).reduce((a, b) => (b.median > a.median ? b : a));
for (const store of ["PostgreSQL", "PGlite"]) console.log(`Slowest median on ${store}: ${slowest(store).what}, ${slowest(store).median.toFixed(1)} ms`);
if (over.length > 0) {
  console.error(`\n${over.length} over the ${TARGET_MS} ms target.`);
  process.exit(1);
}
console.log(`\nEvery insights page and query answered within ${TARGET_MS} ms (median of ${RUNS}).`);
