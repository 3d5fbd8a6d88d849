import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

/** GNU time: it adds up the CPU time of every process in the tree, which Node cannot see once they exit. */
const TIME = "/usr/bin/time";

/**
 * Resident memory of a process and all its descendants (Linux /proc): `next build` and
 * `next start` do their work in child processes and threads, so the parent's own peak (what
 * `/usr/bin/time` reports) says little. Sampled, so a spike shorter than the interval can be missed.
 */
export function treeRssBytes(rootPid: number): number {
  return treePids(rootPid).reduce((sum, pid) => sum + processRssBytes(pid), 0);
}

/** A process's own resident memory, 0 once it is gone. */
export function processRssBytes(pid: number): number {
  try {
    return Number(/VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0) * 1024;
  } catch {
    return 0;
  }
}

/** `rootPid` and every process descended from it. */
export function treePids(rootPid: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // The command name may contain spaces and parentheses: the fields start after the last ")".
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // The process ended while we looked.
    }
  }
  const pids: number[] = [];
  const queue = [rootPid];
  while (queue.length > 0) {
    const pid = queue.pop()!;
    pids.push(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return pids;
}

export interface MeasuredRun {
  ms: number;
  /** CPU time (user + system) of the whole tree, from /usr/bin/time; NaN where it is missing. Unlike wall time, barely moved by other work on the machine. */
  cpuMs: number;
  peakBytes: number;
  code: number | null;
  output: string;
}

/** Runs a command to its end, timing it and sampling its process tree's memory every `intervalMs`. */
export function measure(command: string, args: string[], options: { env?: Record<string, string>; intervalMs?: number; echo?: boolean } = {}): Promise<MeasuredRun> {
  const started = performance.now();
  const timeFile = path.join(os.tmpdir(), `measure-${process.pid}-${Date.now()}.txt`);
  const timed = fs.existsSync(TIME) ? [TIME, ["-f", "%U %S", "-o", timeFile, command, ...args]] as const : [command, args] as const;
  const child: ChildProcess = spawn(timed[0], timed[1], { env: { ...process.env, ...options.env }, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  let peakBytes = 0;
  const collect = (chunk: Buffer) => {
    output += chunk.toString();
    if (options.echo) process.stdout.write(chunk);
  };
  child.stdout!.on("data", collect);
  child.stderr!.on("data", collect);
  const timer = setInterval(() => {
    peakBytes = Math.max(peakBytes, treeRssBytes(child.pid!));
  }, options.intervalMs ?? 100);
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code) => {
      clearInterval(timer);
      let cpuMs = NaN;
      if (fs.existsSync(timeFile)) {
        const [user = NaN, system = NaN] = fs.readFileSync(timeFile, "utf8").trim().split("\n").at(-1)!.split(" ").map(Number);
        cpuMs = (user + system) * 1000;
        fs.rmSync(timeFile);
      }
      resolve({ ms: performance.now() - started, cpuMs, peakBytes, code, output });
    });
  });
}
