import { spawn } from "node:child_process";
import net from "node:net";
import path from "node:path";
import { processRssBytes, treePids, treeRssBytes } from "./process-tree";

const WARM_UP_QUERIES = ["429", "rate limit", "invalid api key", "budget alerts", "permision denied", "cant login", "timeout", "webhook deliveries", "sso", "billing export"];

export interface ServerFigures {
  /** From spawning `next start` until its port accepts connections. */
  readyMs: number;
  /** The first `/api/search` request after that: the server loads the index artifact and builds its searcher. */
  firstSearchMs: number;
  firstSearchResults: number;
  /** The whole `next start` process tree after warm-up, and its largest process (the server itself). */
  treeBytes: number;
  serverBytes: number;
}

function portOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, "127.0.0.1");
    socket.once("connect", () => (socket.destroy(), resolve(true)));
    socket.once("error", () => resolve(false));
  });
}

/**
 * Starts `next start` for a build, waits for its port without sending a request (so nothing warms
 * it), times the first search, then warms it up (searches and pages) and reads its memory.
 */
export async function serverFigures(options: { distDir: string; port: number; pages: string[] }): Promise<ServerFigures> {
  // Node loads its HTTP client on the first fetch() (about 0.1 s): load it now, not inside the timing.
  await fetch("data:text/plain,warm").then((response) => response.text());
  const started = performance.now();
  const child = spawn(path.resolve("node_modules/.bin/next"), ["start", "-H", "127.0.0.1", "-p", String(options.port)], {
    env: { ...process.env, NEXT_DIST_DIR: options.distDir, NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
  const base = `http://127.0.0.1:${options.port}`;
  try {
    while (!(await portOpen(options.port))) {
      if (performance.now() - started > 60_000) throw new Error(`next start on port ${options.port} did not listen within 60 s`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const readyMs = performance.now() - started;
    const searchStart = performance.now();
    const first = (await (await fetch(`${base}/api/search?q=rate%20limit%20exceeded`)).json()) as { results: unknown[] };
    const firstSearchMs = performance.now() - searchStart;
    for (let round = 0; round < 10; round += 1) {
      await Promise.all(WARM_UP_QUERIES.map((query) => fetch(`${base}/api/search?q=${encodeURIComponent(query)}`).then((response) => response.arrayBuffer())));
      await Promise.all([...options.pages, `/search?q=${WARM_UP_QUERIES[round]}`].map((page) => fetch(base + page).then((response) => response.arrayBuffer())));
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const treeBytes = treeRssBytes(child.pid!);
    const serverBytes = Math.max(...treePids(child.pid!).map(processRssBytes));
    return { readyMs, firstSearchMs, firstSearchResults: first.results.length, treeBytes, serverBytes };
  } finally {
    try {
      process.kill(-child.pid!, "SIGTERM");
    } catch {
      // Already gone.
    }
  }
}

