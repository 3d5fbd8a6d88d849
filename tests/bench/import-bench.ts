/**
 * `npm run bench:import -- <markdown corpus folder> [--copies=1,5] [--build] [--old-url-prefix <path>] [--source-url <origin>]`:
 * imports a real corpus into a scratch copy of the site's content (never into content/), then
 * times `content:check` and, with --build, `next build` of the result. `--copies=5` imports the
 * corpus five times over (file names suffixed), to see how the import, the check and the build
 * scale. Prints wall time and peak memory of each step; leaves nothing behind.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const args = process.argv.slice(2);
const option = (name: string) => {
  const at = args.findIndex((arg) => arg === `--${name}` || arg.startsWith(`--${name}=`));
  if (at === -1) return undefined;
  return args[at]!.includes("=") ? args[at]!.split("=").slice(1).join("=") : args[at + 1];
};
const corpus = args.find((arg, index) => !arg.startsWith("--") && !args[index - 1]?.match(/^--(old-url-prefix|source-url|copies)$/));
if (!corpus) throw new Error("usage: npm run bench:import -- <markdown corpus folder> [--copies=1,5] [--build]");
const copies = (option("copies") ?? "1,5").split(",").map(Number);
const build = args.includes("--build");
const prefix = option("old-url-prefix") ?? "/docs/guides/troubleshooting";
const sourceUrl = option("source-url");

/** Runs a command under GNU time, returning wall seconds and peak RSS, and the command's stdout. */
function timed(command: string[], env: Record<string, string>): { seconds: number; peakMb: number; stdout: string } {
  const started = performance.now();
  const result = spawnSync("/usr/bin/time", ["-f", "%M", ...command], { env: { ...process.env, ...env }, encoding: "utf8", maxBuffer: 1 << 28 });
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0) throw new Error(`${command.join(" ")} failed:\n${result.stderr.slice(-4000)}\n${result.stdout.slice(-4000)}`);
  const peakKb = Number(result.stderr.trim().split("\n").at(-1));
  return { seconds, peakMb: peakKb / 1024, stdout: result.stdout };
}

const tsx = [process.execPath, "--import", "tsx", "--conditions=react-server"];
for (const count of copies) {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "import-bench-"));
  try {
    const source = path.join(scratch, "source");
    fs.mkdirSync(source);
    for (let copy = 1; copy <= count; copy += 1) {
      for (const name of fs.readdirSync(corpus)) {
        // Only articles: a NOTICE.md copied five times would be imported as four new "articles".
        if (!/\.mdx?$/.test(name) || /^(readme|notice|license|licence|changelog|contributing)\./i.test(name)) continue;
        const target = copy === 1 ? name : name.replace(/(\.mdx?)$/, `-copy${copy}$1`);
        fs.copyFileSync(path.join(corpus, name), path.join(source, target));
      }
    }
    const content = path.join(scratch, "content");
    fs.cpSync("content", content, { recursive: true });
    const env = { HELP_CONTENT_DIR: content };
    const imported = timed([...tsx, "lib/cli/content-import.ts", "markdown", source, "--into", "imported", "--old-url-prefix", prefix, ...(sourceUrl ? ["--source-url", sourceUrl] : [])], env);
    const summary = imported.stdout.split("\n").find((line) => line.startsWith("Imported ")) ?? "";
    const check = timed([...tsx, "lib/cli/content-check.ts", content], env);
    const ok = check.stdout.split("\n").find((line) => line.startsWith("Content OK")) ?? "";
    console.log(`\n× ${count}: ${summary}`);
    console.log(`  import  ${imported.seconds.toFixed(1)} s, peak ${imported.peakMb.toFixed(0)} MB`);
    console.log(`  check   ${check.seconds.toFixed(1)} s, peak ${check.peakMb.toFixed(0)} MB  (${ok})`);
    if (build) {
      const built = timed(["node_modules/.bin/next", "build"], { ...env, NEXT_DIST_DIR: `.next-import-bench` });
      const pages = built.stdout.match(/Generating static pages[^\n]*\((\d+)\/(\d+)\)/)?.[2];
      console.log(`  build   ${built.seconds.toFixed(1)} s, peak ${built.peakMb.toFixed(0)} MB${pages ? `  (${pages} static pages)` : ""}`);
    }
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
    fs.rmSync(".next-import-bench", { recursive: true, force: true });
    // Where the build keeps its content artifacts, beside its output folder.
    fs.rmSync(".next-import-bench-content", { recursive: true, force: true });
  }
}
