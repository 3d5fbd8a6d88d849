import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";

/**
 * Starts `next start` for a built app and resolves once it answers; `stop()` ends it.
 * `GATE_PORT_OFFSET` shifts every port, so two checkouts on one machine can run their gates at once.
 */
export interface Served {
  url: string;
  /** The process group of `next start` and its server (for memory figures and `kill -9` tests). */
  pid: number;
  stop: (signal?: NodeJS.Signals) => void;
  /** Resolves once the server process has exited. */
  exited: Promise<void>;
}

export async function serve(options: { cwd?: string; port: number; env?: Record<string, string>; exactPort?: boolean }): Promise<Served> {
  // Tests that take their ports from E2E_PORT pass `exactPort`.
  const port = options.port + (options.exactPort ? 0 : Number(process.env.GATE_PORT_OFFSET ?? 0));
  const url = `http://127.0.0.1:${port}`;
  const bin = path.resolve("node_modules/.bin/next");
  const child: ChildProcess = spawn(bin, ["start", "-H", "127.0.0.1", "-p", String(port)], {
    cwd: options.cwd ?? process.cwd(),
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...options.env },
    stdio: ["ignore", "ignore", "inherit"],
    // Its own process group: `next start` runs the server as a child process, which must go too.
    detached: true,
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const stop = (signal: NodeJS.Signals = "SIGTERM") => {
    try {
      process.kill(-child.pid!, signal);
    } catch {
      // Already gone.
    }
  };
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url);
      if (response.status < 500) return { url, pid: child.pid!, stop, exited };
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  stop();
  throw new Error(`next start on port ${port} did not answer within 30 s`);
}
