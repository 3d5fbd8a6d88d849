/**
 * `npm run bench:events`: mixed event POSTs against `next start` with autocannon (50 connections,
 * 20 s), three ways: the embedded store (PGlite), one instance on PostgreSQL, and two instances
 * sharing one PostgreSQL (25 connections each, at the same time). Afterwards the store is read from
 * outside: every event answered 2xx must be in it (nothing accepted is lost; keys make a second
 * copy impossible), and the rows must equal the 2xx answers plus the requests still in flight when
 * the clock stopped (autocannon drops those unanswered, but the server may have committed them).
 * Prints the server's memory with each store; the difference is what the embedded store costs.
 * Exits 1 on any error, non-2xx answer or lost event.
 *
 * Needs `npm run build`. PostgreSQL comes from TEST_DATABASE_URL (the npm script starts a
 * throwaway cluster). The requests carry the site's own Origin and `Sec-Fetch-Site: same-origin`,
 * as the portal's pages do, and the servers run with HELP_EVENTS_RATE_LIMIT=0: from one address,
 * 50 connections are one very fast client, which the per-client limit exists to stop.
 * `--duration=5` shortens each run for a quick look.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import type { PortalEventInput } from "@/lib/events/event-schema";
import { serve, type Served } from "../gates/serve";
import { createDatabase, storedEventKeys, type StoreTarget } from "../support/event-rows";
import { eventMix } from "./event-mix";

const duration = Number(process.argv.find((arg) => arg.startsWith("--duration="))?.split("=")[1] ?? 20);
const CONNECTIONS = 50;
const postgresUrl = process.env.TEST_DATABASE_URL;
if (!postgresUrl) throw new Error("TEST_DATABASE_URL is not set: run `npm run bench:events`, which starts a throwaway PostgreSQL.");

interface Load {
  acknowledged: Set<string>;
  errors: number;
  non2xx: number;
  p50: number;
  p99: number;
  rps: number;
}

const keyOf = (event: PortalEventInput) => (event.type === "vote" || event.type === "outcome" ? event.session : event.id);

/** Resident memory of a server's process group, in MB. */
function memoryMb(server: Served): number {
  const lines = execFileSync("ps", ["-eo", "pgid=,rss="]).toString().trim().split("\n");
  const kb = lines
    .map((line) => line.trim().split(/\s+/).map(Number))
    .filter(([pgid]) => pgid === server.pid)
    .reduce((sum, [, rss]) => sum + (rss ?? 0), 0);
  return Math.round(kb / 1024);
}

async function post(server: Served, seed: number, connections: number): Promise<Load> {
  const next = eventMix(seed);
  const acknowledged = new Set<string>();
  const result = await autocannon({
    url: server.url,
    connections,
    duration,
    // A loaded 2-core machine can stall a response for seconds; that is latency, not loss.
    timeout: 30,
    requests: [
      {
        method: "POST",
        path: "/api/events",
        headers: { "content-type": "application/json", origin: server.url, "sec-fetch-site": "same-origin" },
        // One request in flight per connection, so the connection's context names the event it carries.
        setupRequest: (request, context) => {
          const event = next();
          (context as { key?: string }).key = keyOf(event);
          return { ...request, body: JSON.stringify(event) };
        },
        onResponse: (status, _body, context) => {
          if (status >= 200 && status < 300) acknowledged.add((context as { key: string }).key);
        },
      },
    ],
  });
  return { acknowledged, errors: result.errors + result.timeouts, non2xx: result.non2xx, p50: result.latency.p50, p99: result.latency.p99, rps: Math.round(result.requests.average) };
}

/** One request before measuring: the first event opens (and on PGlite, creates) the store. */
async function warmUp(server: Served): Promise<string> {
  const event = eventMix(1)();
  const response = await fetch(`${server.url}/api/events`, { method: "POST", headers: { "content-type": "application/json", origin: server.url }, body: JSON.stringify(event) });
  if (response.status !== 201) throw new Error(`warm-up event answered ${response.status}: ${await response.text()}`);
  return keyOf(event);
}

const rows: string[] = [];
let failed = false;
const memory: Record<string, { idle: number; loaded: number }> = {};

async function report(name: string, load: Load, target: StoreTarget, warmUps: string[]) {
  const stored = await storedEventKeys(target);
  for (const key of warmUps) stored.delete(key);
  const lost = [...load.acknowledged].filter((key) => !stored.has(key)).length;
  const unanswered = stored.size - (load.acknowledged.size - lost);
  const bad = load.errors > 0 || load.non2xx > 0 || lost > 0 || unanswered > CONNECTIONS;
  if (bad) failed = true;
  rows.push(
    [
      name.padEnd(28),
      String(load.rps).padStart(6),
      `${load.p50} ms`.padStart(9),
      `${load.p99} ms`.padStart(9),
      String(load.errors).padStart(6),
      String(load.non2xx).padStart(7),
      String(load.acknowledged.size).padStart(7),
      String(stored.size).padStart(7),
      String(lost).padStart(5),
      String(unanswered).padStart(9),
      bad ? "  FAIL" : "  ok",
    ].join(" "),
  );
}

const ENV = { HELP_EVENTS_RATE_LIMIT: "0" };
async function stop(...servers: Served[]) {
  for (const server of servers) server.stop();
  await Promise.all(servers.map((server) => server.exited));
}

// 1. The embedded store.
{
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-events-"));
  const target = { dir: path.join(dir, "events") };
  // A deployed portal creates its data folder once and reopens it on every restart. Creating it
  // (initdb) takes far more memory than reopening, and WebAssembly memory never shrinks, so that
  // first server is measured apart and the run is made on a reopened folder.
  const creator = await serve({ port: 3332, env: { ...ENV, HELP_EVENTS_DIR: target.dir } });
  const firstWarm = await warmUp(creator);
  memory.created = { idle: 0, loaded: memoryMb(creator) };
  await stop(creator);
  const server = await serve({ port: 3332, env: { ...ENV, HELP_EVENTS_DIR: target.dir } });
  let load: Load;
  let warm: string;
  try {
    const idle = memoryMb(server);
    warm = await warmUp(server);
    load = await post(server, 11, CONNECTIONS);
    memory.pglite = { idle, loaded: memoryMb(server) };
  } finally {
    await stop(server);
  }
  await report("PGlite (embedded)", load, target, [firstWarm, warm]);
  fs.rmSync(dir, { recursive: true, force: true });
}

// 2. One instance on PostgreSQL.
{
  const database = await createDatabase(postgresUrl, "bench_events");
  const server = await serve({ port: 3332, env: { ...ENV, DATABASE_URL: database.url } });
  try {
    const idle = memoryMb(server);
    const warm = await warmUp(server);
    const load = await post(server, 12, CONNECTIONS);
    memory.postgres = { idle, loaded: memoryMb(server) };
    await stop(server);
    await report("PostgreSQL, one instance", load, { databaseUrl: database.url }, [warm]);
  } finally {
    await stop(server);
    await database.drop();
  }
}

// 3. Two instances, one PostgreSQL, the same 50 connections split between them.
{
  const database = await createDatabase(postgresUrl, "bench_events");
  const servers = [await serve({ port: 3332, env: { ...ENV, DATABASE_URL: database.url } }), await serve({ port: 3333, env: { ...ENV, DATABASE_URL: database.url } })];
  try {
    const warm = await Promise.all(servers.map(warmUp));
    const loads = await Promise.all(servers.map((server, index) => post(server, 13 + index, CONNECTIONS / 2)));
    await stop(...servers);
    loads.forEach((load, index) =>
      rows.push(`  instance ${index + 1}: ${load.rps} req/s, ${load.acknowledged.size} × 2xx, ${load.errors} errors, ${load.non2xx} non-2xx, p50 ${load.p50} ms, p99 ${load.p99} ms`),
    );
    const total: Load = {
      acknowledged: new Set([...loads[0]!.acknowledged, ...loads[1]!.acknowledged]),
      errors: loads[0]!.errors + loads[1]!.errors,
      non2xx: loads[0]!.non2xx + loads[1]!.non2xx,
      p50: Math.max(loads[0]!.p50, loads[1]!.p50),
      p99: Math.max(loads[0]!.p99, loads[1]!.p99),
      rps: loads[0]!.rps + loads[1]!.rps,
    };
    await report("PostgreSQL, two instances", total, { databaseUrl: database.url }, warm);
  } finally {
    await stop(...servers);
    await database.drop();
  }
}

console.log(`\nautocannon, ${CONNECTIONS} connections, ${duration} s per run, mixed event POSTs to /api/events, loopback, next start\n`);
console.log(
  `${"store".padEnd(28)} ${"req/s".padStart(6)} ${"p50".padStart(9)} ${"p99".padStart(9)} ${"errors".padStart(6)} ${"non-2xx".padStart(7)} ${"2xx".padStart(7)} ${"rows".padStart(7)} ${"lost".padStart(5)} ${"in flight".padStart(9)}`,
);
for (const row of rows) console.log(row);
console.log("(rows = 2xx + in flight: requests the clock stopped before their answer, committed all the same; lost = 2xx not in the store)");
const { pglite, postgres, created } = memory;
if (pglite && postgres && created) {
  console.log(`\nServer memory (RSS of the next start process), idle → after its run:`);
  console.log(`  PGlite ${pglite.idle} → ${pglite.loaded} MB; PostgreSQL ${postgres.idle} → ${postgres.loaded} MB`);
  console.log(`  The embedded store adds about ${pglite.loaded - postgres.loaded} MB to the server process (data folder reopened).`);
  console.log(`  A server that has just created its data folder holds ${created.loaded} MB after one event (initdb's peak, kept).`);
}
console.log(`\nEvents: ${failed ? "FAIL (errors, non-2xx answers, or accepted events missing from the store)" : "PASS (no errors, every answer 2xx, every accepted event stored once)"}`);
process.exitCode = failed ? 1 : 0;
