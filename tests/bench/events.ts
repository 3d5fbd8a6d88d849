/**
 * `npm run bench:events`: mixed event POSTs against `next start` with autocannon (50 connections,
 * 20 s), three ways: the embedded store (PGlite), one instance on PostgreSQL, and two instances
 * sharing one PostgreSQL (25 connections each, at the same time). After each run the store is
 * read from outside and its rows must equal the 2xx answers counted: nothing accepted is lost,
 * nothing is stored twice. Also prints the server's memory with each store; the difference is
 * what the embedded store costs. Exits 1 on any error, non-2xx answer or count mismatch.
 *
 * Needs `npm run build`. PostgreSQL comes from TEST_DATABASE_URL (the npm script starts a
 * throwaway cluster). The requests carry the site's own Origin and `Sec-Fetch-Site: same-origin`,
 * as the portal's pages do, and the servers run with HELP_EVENTS_RATE_LIMIT=0: from one address,
 * 50 connections are one very fast client, which the per-client limit exists to stop.
 * `--duration=5` shortens each run for a quick look.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { execFileSync } from "node:child_process";
import autocannon from "autocannon";
import { serve, type Served } from "../gates/serve";
import { countRawRows, createDatabase } from "../support/event-rows";
import { eventMix } from "./event-mix";

const duration = Number(process.argv.find((arg) => arg.startsWith("--duration="))?.split("=")[1] ?? 20);
const CONNECTIONS = 50;
const postgresUrl = process.env.TEST_DATABASE_URL;
if (!postgresUrl) throw new Error("TEST_DATABASE_URL is not set: run `npm run bench:events`, which starts a throwaway PostgreSQL.");

interface Load {
  ok: number;
  errors: number;
  non2xx: number;
  p50: number;
  p99: number;
  rps: number;
}

/** Resident memory of a server's whole process group (`next start` and the server it runs), in MB. */
function memoryMb(server: Served): number {
  const lines = execFileSync("ps", ["-eo", "pgid=,rss="]).toString().trim().split("\n");
  const kb = lines.map((line) => line.trim().split(/\s+/).map(Number)).filter(([pgid]) => pgid === server.pid).reduce((sum, [, rss]) => sum + (rss ?? 0), 0);
  return Math.round(kb / 1024);
}

async function post(server: Served, seed: number, connections: number): Promise<Load> {
  const next = eventMix(seed);
  const result = await autocannon({
    url: server.url,
    connections,
    duration,
    requests: [
      {
        method: "POST",
        path: "/api/events",
        headers: { "content-type": "application/json", origin: server.url, "sec-fetch-site": "same-origin" },
        setupRequest: (request) => ({ ...request, body: JSON.stringify(next()) }),
      },
    ],
  });
  return { ok: result["2xx"], errors: result.errors + result.timeouts, non2xx: result.non2xx, p50: result.latency.p50, p99: result.latency.p99, rps: Math.round(result.requests.average) };
}

/** One request before measuring: the first event opens (and on PGlite, creates) the store. */
async function warmUp(server: Served) {
  const response = await fetch(`${server.url}/api/events`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: server.url },
    body: JSON.stringify(eventMix(1)()),
  });
  if (response.status !== 201) throw new Error(`warm-up event answered ${response.status}: ${await response.text()}`);
}

const BASE_ENV = { HELP_EVENTS_RATE_LIMIT: "0" };
const rows: string[] = [];
let failed = false;
const memory: Record<string, { idle: number; loaded: number }> = {};

function report(name: string, load: Load, stored: number) {
  const lost = stored - 1 - load.ok; // the warm-up event is stored too
  const bad = load.errors > 0 || load.non2xx > 0 || lost !== 0;
  if (bad) failed = true;
  rows.push(
    [
      name.padEnd(30),
      String(load.rps).padStart(7),
      `${load.p50} ms`.padStart(8),
      `${load.p99} ms`.padStart(8),
      String(load.errors).padStart(7),
      String(load.non2xx).padStart(8),
      String(load.ok).padStart(8),
      String(stored - 1).padStart(8),
      bad ? "  FAIL" : "  ok",
    ].join(" "),
  );
}

// 1. The embedded store.
{
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-events-"));
  const server = await serve({ port: 3332, env: { ...BASE_ENV, HELP_EVENTS_DIR: path.join(dir, "events") } });
  let load: Load;
  try {
    const idle = memoryMb(server);
    await warmUp(server);
    load = await post(server, 11, CONNECTIONS);
    memory.pglite = { idle, loaded: memoryMb(server) };
  } finally {
    server.stop();
  }
  await new Promise((resolve) => setTimeout(resolve, 1000));
  report("PGlite (embedded)", load, await countRawRows({ dir: path.join(dir, "events") }));
  fs.rmSync(dir, { recursive: true, force: true });
}

// 2. One instance on PostgreSQL.
{
  const database = await createDatabase(postgresUrl, "bench_events");
  const server = await serve({ port: 3332, env: { ...BASE_ENV, DATABASE_URL: database.url } });
  try {
    const idle = memoryMb(server);
    await warmUp(server);
    const load = await post(server, 12, CONNECTIONS);
    memory.postgres = { idle, loaded: memoryMb(server) };
    report("PostgreSQL, one instance", load, await countRawRows({ databaseUrl: database.url }));
  } finally {
    server.stop();
    await database.drop();
  }
}

// 3. Two instances, one PostgreSQL, the same 50 connections split between them.
{
  const database = await createDatabase(postgresUrl, "bench_events");
  const servers = [await serve({ port: 3332, env: { ...BASE_ENV, DATABASE_URL: database.url } }), await serve({ port: 3333, env: { ...BASE_ENV, DATABASE_URL: database.url } })];
  try {
    await Promise.all(servers.map(warmUp));
    const loads = await Promise.all(servers.map((server, index) => post(server, 13 + index, CONNECTIONS / 2)));
    const stored = await countRawRows({ databaseUrl: database.url });
    loads.forEach((load, index) => rows.push(`  instance ${index + 1}: ${load.ok} × 2xx, ${load.errors} errors, ${load.non2xx} non-2xx, p50 ${load.p50} ms, p99 ${load.p99} ms`));
    const total: Load = {
      ok: loads[0]!.ok + loads[1]!.ok,
      errors: loads[0]!.errors + loads[1]!.errors,
      non2xx: loads[0]!.non2xx + loads[1]!.non2xx,
      p50: Math.max(loads[0]!.p50, loads[1]!.p50),
      p99: Math.max(loads[0]!.p99, loads[1]!.p99),
      rps: loads[0]!.rps + loads[1]!.rps,
    };
    report("PostgreSQL, two instances", total, stored - 1); // two warm-up events
  } finally {
    for (const server of servers) server.stop();
    await database.drop();
  }
}

console.log(`autocannon, ${CONNECTIONS} connections, ${duration} s per run, mixed event POSTs to /api/events, loopback, next start\n`);
console.log(
  `${"store".padEnd(30)} ${"req/s".padStart(7)} ${"p50".padStart(8)} ${"p99".padStart(8)} ${"errors".padStart(7)} ${"non-2xx".padStart(8)} ${"2xx".padStart(8)} ${"rows".padStart(8)}`,
);
for (const row of rows) console.log(row);
const { pglite, postgres } = memory;
if (pglite && postgres) {
  console.log(`\nServer memory (RSS of the next start process group), idle → after the run:`);
  console.log(`  PGlite ${pglite.idle} → ${pglite.loaded} MB; PostgreSQL ${postgres.idle} → ${postgres.loaded} MB`);
  console.log(`  The embedded store adds about ${pglite.loaded - postgres.loaded} MB to the server process.`);
}
console.log(`\nEvents: ${failed ? "FAIL (errors, non-2xx answers, or rows that do not match the 2xx count)" : "PASS (no errors, every answer 2xx, every accepted event stored once)"}`);
process.exitCode = failed ? 1 : 0;
