/**
 * `npm run bench:build -- --articles 1000,5000,10000 [--keep]`: how the build grows with the
 * content. For each size, a content folder of the bundled articles plus that many generated ones
 * (the seeded generator of bench:search, as Markdown files), then:
 *   1. `npm run content:check` on it, new URLs unlocked as after an import (its summary is shown);
 *   2. `npm run urls:lock`, as an author would before publishing;
 *   3. `npm run build`: content:build (the only step that reads the Markdown) and next build;
 *   4. `next start`: time to the first /api/search answer, and memory after warm-up.
 * Time is wall-clock, with the CPU time of the whole process tree beside it (GNU time: on a busy
 * machine wall time grows, CPU time hardly does); memory is the peak of the whole process tree
 * (every worker included), sampled from /proc every 250 ms. A report: exits 0 even when a target is missed. `--keep`
 * leaves each site in .bench/sites/<N> (bench:keystroke and audit reuse them).
 */
import fs from "node:fs";
import os from "node:os";
import { benchSite, buildSite, checkSite, lockSite, stampSite, writeSiteContent } from "./bench-site";
import { serverFigures, type ServerFigures } from "./cold-start";
import type { MeasuredRun } from "./process-tree";

const argv = process.argv.slice(2);
const sizesArg = argv[argv.indexOf("--articles") + 1] ?? "";
const sizes = argv.includes("--articles") ? sizesArg.split(",").map(Number) : [1000, 5000, 10000];
if (sizes.some((size) => !Number.isInteger(size) || size < 0)) throw new Error("--articles takes whole numbers, e.g. --articles 1000,5000");
const keep = argv.includes("--keep");
const port = 3335 + Number(process.env.GATE_PORT_OFFSET ?? 0);

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024).toLocaleString("en-US")} MB`;

function mustPass(step: string, run: MeasuredRun): MeasuredRun {
  if (run.code !== 0) throw new Error(`${step} failed (exit ${run.code}):\n${run.output.slice(-4000)}`);
  return run;
}

interface Row {
  size: number;
  check: MeasuredRun;
  lock: MeasuredRun;
  build: MeasuredRun;
  pages: number;
  server: ServerFigures;
}

console.log(`Build benchmark · ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB · Node ${process.version} · load average ${os.loadavg().map((load) => load.toFixed(1)).join(" ")}`);
const rows: Row[] = [];
for (const size of sizes) {
  const site = benchSite(size);
  console.log(`\n── ${size.toLocaleString("en-US")} generated articles (+ the bundled ones) in ${site.root}`);
  writeSiteContent(site);
  const check = mustPass("content:check", await checkSite(site));
  console.log(`content:check ${seconds(check.ms)} (CPU ${seconds(check.cpuMs)}), peak ${mb(check.peakBytes)}. Its output:\n${check.output.trim().replace(/^/gm, "  │ ")}`);
  const lock = mustPass("urls:lock", await lockSite(site));
  console.log(`urls:lock ${seconds(lock.ms)} (CPU ${seconds(lock.cpuMs)}): ${lock.output.trim()}`);
  const build = mustPass("npm run build", await buildSite(site));
  const pages = Number(/Generating static pages using \d+ workers? \((\d+)\/\d+\) in/.exec(build.output)?.[1] ?? NaN);
  console.log(`npm run build ${seconds(build.ms)} (CPU ${seconds(build.cpuMs)}), peak ${mb(build.peakBytes)}, ${pages.toLocaleString("en-US")} static pages. Its steps:`);
  for (const line of build.output.split("\n").filter((text) => /artifacts written|Compiled successfully|Finished TypeScript|Generating static pages using .* in /.test(text))) {
    console.log(`  │ ${line.trim()}`);
  }
  const server = await serverFigures({ distDir: site.distDir, port, pages: ["/", "/articles", "/errors", "/symptoms"] });
  console.log(
    `next start: listening after ${Math.round(server.readyMs)} ms; first /api/search ${Math.round(server.firstSearchMs)} ms (${server.firstSearchResults} results); ` +
      `after warm-up the server process holds ${mb(server.serverBytes)} (${mb(server.treeBytes)} with its parent)`,
  );
  rows.push({ size, check, lock, build, pages, server });
  if (keep) stampSite(site);
  else fs.rmSync(site.root, { recursive: true, force: true });
}

console.log("\n| generated articles | content:check (CPU) | urls:lock | npm run build (CPU) | build peak memory | static pages | first /api/search after start | server memory after warm-up |");
console.log("|---|---|---|---|---|---|---|---|");
for (const row of rows) {
  console.log(
    `| ${row.size.toLocaleString("en-US")} | ${seconds(row.check.ms)} (${seconds(row.check.cpuMs)}) | ${seconds(row.lock.ms)} | ${seconds(row.build.ms)} (${seconds(row.build.cpuMs)}) | ${mb(row.build.peakBytes)} | ${row.pages.toLocaleString("en-US")} | ${Math.round(row.server.firstSearchMs)} ms | ${mb(row.server.serverBytes)} |`,
  );
}
console.log("\nTargets at 10,000: content:check ≤ 60 s; build ≤ 5 min and ≤ 4 GB peak; first /api/search ≤ 1 s.");
console.log(`Load average at the end: ${os.loadavg().map((load) => load.toFixed(1)).join(" ")} (timings on a busy machine are slower).`);
