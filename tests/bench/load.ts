/**
 * `npm run bench:load`: serves the built site with `next start` and drives it with autocannon over
 * loopback (50 connections, 20 s per target) on the home page, an article, the search API, the
 * browser's suggestions and an MCP tool call (`search_articles`, a POST).
 * Prints requests per second, p50/p99 latency and errors per target; exits 1 on any error or
 * non-2xx answer. `--duration=5` shortens each target for a quick look. Needs `npm run build`.
 */
import autocannon from "autocannon";
import { serve } from "../gates/serve";

const duration = Number(process.argv.find((arg) => arg.startsWith("--duration="))?.split("=")[1] ?? 20);
const connections = 50;
interface Target {
  name: string;
  path: string;
  method?: "GET" | "POST";
  headers?: Record<string, string>;
  body?: string;
}

const TARGETS: Target[] = [
  { name: "home page", path: "/" },
  { name: "article page", path: "/articles/rate-limit-exceeded" },
  { name: "search API", path: "/api/search?q=rate%20limit%20headers&limit=10" },
  { name: "suggestions", path: "/api/suggest?q=rate%20limit" },
  {
    name: "MCP search",
    path: "/api/mcp",
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json, text/event-stream" },
    body: JSON.stringify({ jsonrpc: "2.0", id: 1, method: "tools/call", params: { name: "search_articles", arguments: { query: "rate limit headers" } } }),
  },
];

// The MCP rate limit is off here: this measures the server, and every request comes from one address.
const server = await serve({ port: 3330, env: { HELP_MCP_RATE_LIMIT: "0" } });
let failed = false;
const rows: string[] = [];
try {
  for (const target of TARGETS) {
    // One request first, outside the measurement: the first search request builds the searcher in
    // memory (5.7 s on a loaded shared machine), and 50 connections queued behind it time out.
    // This measures the steady state; the cold start is a one-off per server process.
    const request = { method: target.method ?? ("GET" as const), headers: target.headers, body: target.body };
    const warm = await fetch(server.url + target.path, request);
    if (!warm.ok) failed = true;
    const result = await autocannon({ url: server.url + target.path, connections, duration, ...request });
    const bad = result.errors + result.timeouts + result.non2xx;
    if (bad > 0) failed = true;
    rows.push(
      [
        target.name.padEnd(14),
        String(Math.round(result.requests.average)).padStart(8),
        `${result.latency.p50} ms`.padStart(9),
        `${result.latency.p99} ms`.padStart(9),
        String(result.errors + result.timeouts).padStart(7),
        String(result.non2xx).padStart(7),
        String(result.requests.total).padStart(9),
      ].join(" "),
    );
  }
} finally {
  server.stop();
}
console.log(`autocannon, ${connections} connections, ${duration} s per target, loopback, next start\n`);
console.log(`${"target".padEnd(14)} ${"req/s".padStart(8)} ${"p50".padStart(9)} ${"p99".padStart(9)} ${"errors".padStart(7)} ${"non-2xx".padStart(7)} ${"requests".padStart(9)}`);
for (const row of rows) console.log(row);
console.log(`\nLoad: ${failed ? "FAIL (errors or non-2xx answers)" : "PASS (no errors, every answer 2xx)"}`);
process.exitCode = failed ? 1 : 0;
