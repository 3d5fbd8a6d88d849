import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { measure, type MeasuredRun } from "./process-tree";
import { DEFAULT_SEED, writeSyntheticContent } from "./write-corpus";

/**
 * A portal built from the bundled content plus N generated articles, for the build, keystroke
 * and Lighthouse benchmarks: content in `.bench/sites/<N>/content`, the Next.js build in
 * `.bench/sites/<N>/next` (its artifacts beside it), all git-ignored. Built with the project's
 * own commands, pointed there by HELP_CONTENT_DIR and NEXT_DIST_DIR as the hostile test site is.
 */
export interface BenchSite {
  size: number;
  root: string;
  contentDir: string;
  /** Relative to the project, as NEXT_DIST_DIR wants it. */
  distDir: string;
  env: Record<string, string>;
}

export function benchSite(size: number): BenchSite {
  const root = path.join(".bench", "sites", String(size));
  const contentDir = path.join(root, "content");
  const distDir = path.join(root, "next");
  return { size, root, contentDir, distDir, env: { HELP_CONTENT_DIR: contentDir, NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: "1" } };
}

export function writeSiteContent(site: BenchSite): void {
  fs.rmSync(site.root, { recursive: true, force: true });
  writeSyntheticContent(site.contentDir, site.size, { seed: DEFAULT_SEED });
}

const npm = (site: BenchSite, script: string, args: string[] = []) =>
  measure("npm", ["run", "--silent", script, ...(args.length ? ["--", ...args] : [])], { env: site.env, intervalMs: 250 });

export const checkSite = (site: BenchSite) => npm(site, "content:check", [site.contentDir]);
export const lockSite = (site: BenchSite) => npm(site, "urls:lock", [site.contentDir]);

/**
 * `npm run build` for the site. Next adds each build folder's route types to tsconfig.json's
 * `include`; the benchmark's folders are throwaway, so the file is put back as it was.
 */
export async function buildSite(site: BenchSite): Promise<MeasuredRun> {
  const tsconfig = fs.readFileSync("tsconfig.json", "utf8");
  try {
    return await npm(site, "build");
  } finally {
    fs.writeFileSync("tsconfig.json", tsconfig);
  }
}

/** What a built site was built from: the code (commit and uncommitted changes), the seed, the size. */
function buildStamp(site: BenchSite): string {
  const git = (...args: string[]) => execFileSync("git", args, { encoding: "utf8", maxBuffer: 1 << 28 });
  return createHash("sha256").update(`${site.size} ${DEFAULT_SEED}\n${git("rev-parse", "HEAD")}${git("diff", "HEAD", "--", ".", ":!content")}`).digest("hex");
}

/** Marks a site as built from the current code, so the other benchmarks reuse it. */
export function stampSite(site: BenchSite): void {
  fs.writeFileSync(path.join(site.root, "stamp"), buildStamp(site));
}

/** A built site of `size` articles: reused when the code has not changed since it was built, else made. */
export async function ensureBuiltSite(size: number, log: (line: string) => void = console.log): Promise<BenchSite> {
  const site = benchSite(size);
  const stampFile = path.join(site.root, "stamp");
  const stamp = buildStamp(site);
  if (fs.existsSync(stampFile) && fs.readFileSync(stampFile, "utf8") === stamp) return site;
  // BENCH_REUSE_SITES=1: measure the site as built, even by older code (to repeat a measurement quickly).
  if (process.env.BENCH_REUSE_SITES === "1" && fs.existsSync(stampFile)) {
    log(`Reusing ${site.root} as built (BENCH_REUSE_SITES=1), whatever code built it.`);
    return site;
  }
  log(`Building a ${size.toLocaleString("en-US")}-article site in ${site.root} (once per code change)…`);
  writeSiteContent(site);
  for (const step of [lockSite, buildSite]) {
    const run = await step(site);
    if (run.code !== 0) throw new Error(`${step.name} failed for ${size} articles:\n${run.output.slice(-4000)}`);
  }
  stampSite(site);
  return site;
}
