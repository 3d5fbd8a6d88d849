import { execFileSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { serve, type Served } from "../gates/serve";
import { countRawRows, createDatabase } from "../support/event-rows";
import { storeUrl } from "./event-store";

/**
 * The store's promises, tested with real processes: an event answered 2xx survives `kill -9` of
 * the server (on both stores); with PostgreSQL stopped, pages keep serving, events get a fast 503,
 * and the browser sends its unsent events once the store is back; a fast client gets 429.
 * Runs after the other portal tests (it stops the PostgreSQL they use), on ports E2E_PORT+2/+3.
 */
test.describe.configure({ mode: "serial", timeout: 180_000 });

const PORT = Number(process.env.E2E_PORT ?? 3100) + 2;
const send = (server: Served, event: object, headers: Record<string, string> = {}) =>
  fetch(`${server.url}/api/events`, { method: "POST", headers: { "content-type": "application/json", origin: server.url, ...headers }, body: JSON.stringify(event) });
const view = () => ({ type: "view", id: randomUUID(), session: randomUUID(), article: "rate-limit-exceeded" });

async function sendMany(server: Served, count: number) {
  for (let i = 0; i < count; i++) expect((await send(server, view())).status).toBe(201);
}

/** Stops a server and waits until its process group is gone (its port and any PGlite folder free). */
function stopAndWait(server: Served, signal: NodeJS.Signals = "SIGTERM") {
  server.stop(signal);
  return expect.poll(() => execFileSync("ps", ["-eo", "pgid="]).toString().split("\n").some((line) => Number(line) === server.pid)).toBe(false);
}
const killHard = (server: Served) => stopAndWait(server, "SIGKILL");

test("events answered 201 survive kill -9 of the server: embedded store", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "e2e-events-"));
  const env = { HELP_EVENTS_DIR: path.join(dir, "events"), HELP_EVENTS_RATE_LIMIT: "0" };
  try {
    const first = await serve({ port: PORT, exactPort: true, env });
    await sendMany(first, 30);
    await killHard(first);
    // The store opens again in a new server (the dead one's lock is taken over) and keeps counting.
    const second = await serve({ port: PORT, exactPort: true, env });
    await sendMany(second, 5);
    await killHard(second);
    expect(await countRawRows({ dir: env.HELP_EVENTS_DIR })).toBe(35);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test("events answered 201 survive kill -9 of the server: PostgreSQL", async () => {
  const database = await createDatabase(storeUrl(), "e2e_durability");
  try {
    const server = await serve({ port: PORT, exactPort: true, env: { DATABASE_URL: database.url, HELP_EVENTS_RATE_LIMIT: "0" } });
    await sendMany(server, 30);
    await killHard(server);
    expect(await countRawRows({ databaseUrl: database.url })).toBe(30);
  } finally {
    await database.drop();
  }
});

test("a client over its rate gets 429 with Retry-After", async () => {
  const database = await createDatabase(storeUrl(), "e2e_rate");
  const server = await serve({ port: PORT, exactPort: true, env: { DATABASE_URL: database.url, HELP_EVENTS_RATE_LIMIT: "10" } });
  try {
    const statuses = [];
    for (let i = 0; i < 12; i++) statuses.push((await send(server, view())).status);
    expect(statuses.slice(0, 10)).toEqual(Array(10).fill(201));
    const limited = await send(server, view());
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
  } finally {
    await stopAndWait(server);
    await database.drop();
  }
});

const cluster = (action: "stop" | "start") => execFileSync("pg_ctlcluster", [process.env.PGVERSION ?? "15", "regress", action], { stdio: "inherit" });

test("with PostgreSQL stopped, pages serve, events get a fast 503, and the browser sends them once it is back", async ({ browser }) => {
  if (!process.env.PG_CLUSTER_CONF_ROOT) throw new Error("This test stops and starts PostgreSQL: run it through `npm run test:e2e`, whose throwaway cluster it may stop.");
  const database = await createDatabase(storeUrl(), "e2e_outage");
  const server = await serve({ port: PORT, exactPort: true, env: { DATABASE_URL: database.url, HELP_EVENTS_RATE_LIMIT: "0" } });
  const page = await browser.newPage({ baseURL: server.url });
  try {
    expect((await send(server, view())).status).toBe(201);
    cluster("stop");
    const started = Date.now();
    const down = await send(server, view());
    expect(down.status).toBe(503);
    expect(down.headers.get("retry-after")).toBe("30");
    expect(Date.now() - started).toBeLessThan(3_000);
    for (const pathname of ["/", "/articles/rate-limit-exceeded", "/search?q=429", "/errors/429"]) {
      expect((await fetch(server.url + pathname)).status, pathname).toBe(200);
    }

    // A vote made while the store is down waits in the tab…
    const marker = `outage-${randomUUID()}`;
    await page.goto("/articles/rate-limit-exceeded");
    const feedback = page.getByRole("region", { name: "Was this helpful?" });
    await feedback.getByRole("button", { name: "No", exact: true }).click();
    await feedback.getByRole("textbox", { name: /Anything else/ }).fill(marker);
    await feedback.getByRole("button", { name: "Send feedback" }).click();
    await expect.poll(() => page.evaluate((text) => (sessionStorage.getItem("help:events:unsent") ?? "").includes(text), marker)).toBe(true);

    // …and is sent from the next page once the store is back. The server answers 503 for a few
    // seconds after its last failure without trying (shared-store.ts), and the browser then waits
    // out Retry-After (30 s): the next page must come once the server takes events again, or a
    // quick restart leaves the vote waiting longer than this test does (as it did in CI).
    cluster("start");
    await expect.poll(async () => (await send(server, view())).status, { timeout: 15_000 }).toBe(201);
    await page.goto("/articles/invalid-api-key");
    await expect.poll(async () => (await countVotes(database.url, marker)), { timeout: 30_000 }).toBe(1);
    await expect.poll(() => page.evaluate((text) => (sessionStorage.getItem("help:events:unsent") ?? "").includes(text), marker)).toBe(false);
  } finally {
    await page.close();
    await stopAndWait(server);
    try {
      cluster("start");
    } catch {
      // Already running.
    }
    await database.drop();
  }
});

async function countVotes(databaseUrl: string, marker: string): Promise<number> {
  const pg = await import("pg");
  const client = new pg.default.Client({ connectionString: databaseUrl });
  await client.connect().catch(() => undefined);
  try {
    return (await client.query("select count(*)::int as n from votes where comment = $1", [marker])).rows[0].n;
  } catch {
    return -1;
  } finally {
    await client.end().catch(() => undefined);
  }
}
