/**
 * `npm run gate:no-content`: the server must never need `content/`, only the build's artifacts.
 * Serves the portal from two places where content/ does not exist and probes what reads data at
 * run time (the search API and page, the 404, redirects, service status, the event store) beside
 * prerendered pages:
 *   1. `next start` in a scratch folder holding what a deploy ships (the build, its artifacts, the
 *      config and its lib/ imports, public/, node_modules), after `npm run build`;
 *   2. the standalone server (`NEXT_OUTPUT=standalone`), built here into .next-standalone, copied
 *      out of the project with its static files, checked to carry no content/ at all.
 * Fails on any unexpected status or body. As a control, the first deploy is started again without
 * its artifacts, and its search API must then fail.
 */
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const ROOT = process.cwd();
const offset = Number(process.env.GATE_PORT_OFFSET ?? 0);

interface Probe {
  path: string;
  status: number;
  /** Text the body must contain, or the redirect target. */
  expect: string;
  /** A JSON body to POST: an event (same-origin, as the portal's own pages send it) or an MCP JSON-RPC message. */
  post?: unknown;
}

const mcpCall = (name: string, args: Record<string, unknown>) => ({ jsonrpc: "2.0", id: 1, method: "tools/call", params: { name, arguments: args } });

const PROBES: Probe[] = [
  { path: "/", status: 200, expect: "What’s happening?" },
  { path: "/articles/rate-limit-exceeded", status: 200, expect: "Rate limit exceeded" },
  { path: "/api/search?q=429", status: 200, expect: '"slug":"rate-limit-exceeded"' },
  { path: "/search?q=invalid%20api%20key", status: 200, expect: "Invalid API key" },
  { path: "/search?q=qqqzzzxxx", status: 200, expect: "What most people need" },
  { path: "/articles/too-many-requests", status: 308, expect: "/articles/rate-limit-exceeded" },
  { path: "/errors/429", status: 200, expect: "Too Many Requests" },
  { path: "/no-such-page", status: 404, expect: "We couldn’t find that page" },
  { path: "/symptoms/the-playground-is-missing-from-the-menu", status: 200, expect: "The Playground is missing from the menu" },
  // Turned away by proxy.ts from the build's list of symptom slugs (an artifact it reads at run time).
  { path: "/symptoms/no-such-symptom", status: 404, expect: "We couldn’t find that page" },
  // The status component map is inlined by the build, not read from content/status-components.yml.
  { path: "/status", status: 200, expect: "The web portal — signing in" },
  { path: "/api/status", status: 200, expect: '"components"' },
  // The event store opens (embedded, in the deploy's own .data/) and migrates from the traced SQL files.
  { path: "/api/events", status: 201, expect: '"recorded":true', post: { type: "view", id: crypto.randomUUID(), session: crypto.randomUUID(), article: "rate-limit-exceeded" } },
  { path: "/articles/rate-limit-exceeded.md", status: 200, expect: "### [Check the rate limit headers](" },
  { path: "/llms.txt", status: 200, expect: "/articles/rate-limit-exceeded.md): " },
  { path: "/opensearch.xml", status: 200, expect: "/api/suggest?q={searchTerms}" },
  { path: "/api/suggest?q=429", status: 200, expect: '["429",["Rate limit exceeded' },
  { path: "/api/mcp", status: 200, expect: "rate-limit-exceeded", post: mcpCall("search_articles", { query: "429" }) },
  { path: "/api/mcp", status: 200, expect: "Check the rate limit headers", post: mcpCall("diagnose_error", { text: '{"error":{"code":"rate_limit_exceeded"}}' }) },
  { path: "/api/mcp", status: 200, expect: "# Invalid API key", post: mcpCall("get_article", { slug: "invalid-api-key" }) },
];

async function probeAll(base: string, label: string): Promise<string[]> {
  const failures: string[] = [];
  for (const probe of PROBES) {
    const response = await fetch(base + probe.path, {
      redirect: "manual",
      ...(probe.post === undefined
        ? {}
        : { method: "POST", body: JSON.stringify(probe.post), headers: { "content-type": "application/json", accept: "application/json, text/event-stream", origin: base } }),
    });
    const body = probe.status === 308 ? (response.headers.get("location") ?? "") : await response.text();
    const ok = response.status === probe.status && body.includes(probe.expect);
    console.log(`  ${ok ? "ok  " : "FAIL"} ${label} ${probe.post ? "POST " : ""}${probe.path} → ${response.status}${ok ? "" : ` (wanted ${probe.status} with "${probe.expect}")`}`);
    if (!ok) failures.push(`${label} ${probe.path}`);
  }
  return failures;
}

async function withServer(command: string, args: string[], cwd: string, port: number, env: Record<string, string>, run: (base: string) => Promise<string[]>, quiet = false) {
  const child = spawn(command, args, { cwd, env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env }, stdio: ["ignore", "ignore", quiet ? "ignore" : "inherit"], detached: true });
  const base = `http://127.0.0.1:${port}`;
  try {
    const deadline = Date.now() + 30_000;
    for (;;) {
      try {
        await fetch(base + "/robots.txt");
        break;
      } catch {
        if (Date.now() > deadline) throw new Error(`${command} in ${cwd} did not answer on ${port}`);
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    }
    return await run(base);
  } finally {
    await stop(child);
  }
}

/**
 * Stops a server and waits until it has exited: the next server takes the same port, and a server
 * still closing its event store would otherwise answer the next one's readiness check, then vanish.
 */
async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const signal = (name: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, name);
    } catch {
      // Already gone.
    }
  };
  signal("SIGTERM");
  const timer = setTimeout(() => signal("SIGKILL"), 15_000);
  await exited;
  clearTimeout(timer);
}

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "portal-without-content-"));
const failures: string[] = [];
try {
  // 1. next start, from a copy of what a deploy ships.
  if (!fs.existsSync(".next/BUILD_ID") || !fs.existsSync(".next-content/manifest.json")) throw new Error("Run `npm run build` first.");
  const deploy = path.join(scratch, "deploy");
  fs.mkdirSync(deploy);
  for (const entry of [".next", ".next-content", "lib", "public", "package.json", "next.config.ts", "tsconfig.json"]) {
    fs.cpSync(entry, path.join(deploy, entry), { recursive: true, filter: (source) => !source.includes(`${path.sep}cache${path.sep}`) });
  }
  fs.symlinkSync(path.join(ROOT, "node_modules"), path.join(deploy, "node_modules"));
  console.log(`next start in ${deploy} (no content/ there):`);
  failures.push(...(await withServer(path.join(deploy, "node_modules/.bin/next"), ["start", "-H", "127.0.0.1", "-p", String(3325 + offset)], deploy, 3325 + offset, {}, (base) => probeAll(base, "next start"))));

  // The control: the same deploy without its artifacts must not answer searches, or the probes above prove nothing.
  fs.rmSync(path.join(deploy, ".next-content"), { recursive: true });
  const control = await withServer(path.join(deploy, "node_modules/.bin/next"), ["start", "-H", "127.0.0.1", "-p", String(3325 + offset)], deploy, 3325 + offset, {}, async (base) => {
    const response = await fetch(`${base}/api/search?q=429`);
    console.log(`  control: without its artifacts, /api/search → ${response.status}`);
    return response.status === 200 ? ["the search API answered without artifacts"] : [];
  }, true);
  failures.push(...control);

  // 2. The standalone server.
  console.log("Building the standalone server into .next-standalone …");
  execFileSync("npx", ["next", "build"], { stdio: ["ignore", "ignore", "inherit"], env: { ...process.env, NEXT_OUTPUT: "standalone", NEXT_DIST_DIR: ".next-standalone", NEXT_TELEMETRY_DISABLED: "1" } });
  const standalone = path.join(scratch, "standalone");
  fs.cpSync(".next-standalone/standalone", standalone, { recursive: true });
  fs.cpSync(".next-standalone/static", path.join(standalone, ".next-standalone/static"), { recursive: true });
  fs.cpSync("public", path.join(standalone, "public"), { recursive: true });
  const carried = fs.readdirSync(standalone, { recursive: true, encoding: "utf8" }).filter((name) => /(^|\/)content\/.*\.md$/.test(name));
  if (carried.length > 0) failures.push(`the standalone output carries content files: ${carried.slice(0, 3).join(", ")}`);
  console.log(`node server.js in ${standalone} (${carried.length} content files inside):`);
  const port = 3326 + offset;
  failures.push(...(await withServer(process.execPath, ["server.js"], standalone, port, { PORT: String(port), HOSTNAME: "127.0.0.1" }, (base) => probeAll(base, "standalone"))));
} finally {
  fs.rmSync(scratch, { recursive: true, force: true });
}
if (failures.length > 0) {
  console.error(`\nServing without content/ failed: ${failures.join("; ")}`);
  process.exit(1);
}
console.log("\nServing without content/: every probe answered as expected.");
