import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";

/** Linux reports CPU time in clock ticks of 1/100 s (`getconf CLK_TCK`). */
const TICKS_PER_SECOND = 100;

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

/** User + system CPU ticks a process has used so far (its own, not its children's). */
export function processCpuTicks(pid: number): number {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    // After the command: state(0) ppid(1) … utime(11) stime(12).
    return Number(fields[11]) + Number(fields[12]);
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
  /**
   * CPU time (user + system) of every process seen in the tree, as last sampled: unlike wall time,
   * barely moved by other work on the machine. Misses at most one interval of each process's life.
   */
  cpuMs: number;
  peakBytes: number;
  code: number | null;
  output: string;
}

/** Runs a command to its end, timing it and sampling its process tree's memory every `intervalMs`. */
export function measure(command: string, args: string[], options: { env?: Record<string, string>; intervalMs?: number; echo?: boolean } = {}): Promise<MeasuredRun> {
  const started = performance.now();
  const child: ChildProcess = spawn(command, args, { env: { ...process.env, ...options.env }, stdio: ["ignore", "pipe", "pipe"] });
  const cpuTicks = new Map<number, number>();
  let output = "";
  let peakBytes = 0;
  const collect = (chunk: Buffer) => {
    output += chunk.toString();
    if (options.echo) process.stdout.write(chunk);
  };
  child.stdout!.on("data", collect);
  child.stderr!.on("data", collect);
  const timer = setInterval(() => {
    const pids = treePids(child.pid!);
    peakBytes = Math.max(peakBytes, pids.reduce((sum, pid) => sum + processRssBytes(pid), 0));
    for (const pid of pids) cpuTicks.set(pid, Math.max(cpuTicks.get(pid) ?? 0, processCpuTicks(pid)));
  }, options.intervalMs ?? 100);
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code) => {
      clearInterval(timer);
      const cpuMs = ([...cpuTicks.values()].reduce((sum, ticks) => sum + ticks, 0) / TICKS_PER_SECOND) * 1000;
      resolve({ ms: performance.now() - started, cpuMs, peakBytes, code, output });
    });
  });
}
