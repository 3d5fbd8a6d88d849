import http from "node:http";
import type { AddressInfo } from "node:net";
import { SCENARIOS, type Answer } from "./status-scenarios";

export const FEED_PATH = "/api/v2/summary.json";

export interface FakeStatusService {
  url: string;
  feedUrl: string;
  /** Switches what the feed answers (and how long it waits first), as the tests' admin endpoint does. */
  use(scenario: string, delayMs?: number): void;
  /** Feed requests received so far. */
  requests(): number;
  /** Answers the client hung up on before they were complete (a size cap or timeout at work). */
  cutShort(): number;
  close(): Promise<void>;
}

/**
 * A real HTTP server playing a Statuspage-compatible status service, for unit, end-to-end and
 * benchmark runs. `POST /admin/scenario/<name>?delay=<ms>` switches the scenario (tests in another
 * process use that); `GET /admin/stats` counts feed requests. Port 0 picks a free one.
 */
export async function startFakeStatusService(port = 0, host = "127.0.0.1"): Promise<FakeStatusService> {
  let scenario = "healthy";
  // Times in a scenario's answers are relative to when it was chosen, so every poll gets the same body.
  let chosenAt = Date.now();
  let delayMs = 0;
  let count = 0;
  let cut = 0;
  const timers = new Set<NodeJS.Timeout>();
  const later = (ms: number, run: () => void) => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      run();
    }, ms);
    timers.add(timer);
  };

  const server = http.createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://fake");
    const admin = url.pathname.match(/^\/admin\/scenario\/([\w-]+)$/);
    if (request.method === "POST" && admin) {
      if (!SCENARIOS[admin[1]!]) return void response.writeHead(404).end(`no scenario ${admin[1]}`);
      scenario = admin[1]!;
      chosenAt = Date.now();
      delayMs = Number(url.searchParams.get("delay") ?? 0);
      return void response.writeHead(204).end();
    }
    if (url.pathname === "/admin/stats") return void response.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ scenario, requests: count }));
    if (url.pathname !== FEED_PATH) return void response.writeHead(404).end();
    count += 1;
    response.on("close", () => {
      if (!response.writableFinished) cut += 1;
    });
    const answer = SCENARIOS[scenario]!(chosenAt);
    later(delayMs, () => send(response, answer, later));
  });
  await new Promise<void>((resolve) => server.listen(port, host, resolve));
  const address = server.address() as AddressInfo;
  const base = `http://${host}:${address.port}`;
  return {
    url: base,
    feedUrl: base + FEED_PATH,
    use(name, delay = 0) {
      if (!SCENARIOS[name]) throw new Error(`no scenario ${name}`);
      scenario = name;
      chosenAt = Date.now();
      delayMs = delay;
    },
    requests: () => count,
    cutShort: () => cut,
    close: () =>
      new Promise<void>((resolve) => {
        for (const timer of timers) clearTimeout(timer);
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function send(response: http.ServerResponse, answer: Answer, later: (ms: number, run: () => void) => void) {
  if (response.destroyed) return;
  switch (answer.kind) {
    case "json":
      return void response.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(answer.body));
    case "raw":
      return void response.writeHead(answer.status, { "content-type": answer.type }).end(answer.body);
    case "redirect-loop":
      return void response.writeHead(302, { location: FEED_PATH }).end();
    case "stall":
      if (answer.afterHeaders) response.writeHead(200, { "content-type": "application/json" }).write('{"status": ');
      return later(answer.ms, () => response.destroyed || response.end(answer.afterHeaders ? '{"indicator": "none"}, "components": []}' : undefined));
    case "huge": {
      response.writeHead(200, { "content-type": "application/json", ...(answer.declared ? { "content-length": String(answer.bytes) } : {}) });
      const chunk = Buffer.alloc(64 * 1024, " ");
      let sent = 0;
      const pump = () => {
        while (sent < answer.bytes && !response.destroyed) {
          const size = Math.min(chunk.length, answer.bytes - sent);
          sent += size;
          if (!response.write(size === chunk.length ? chunk : chunk.subarray(0, size))) return void response.once("drain", pump);
        }
        if (!response.destroyed) response.end();
      };
      return pump();
    }
  }
}
