/**
 * `npm run content:build [dir] [--out <dir>]`: the content check, then the build artifacts that
 * `next build` and the server read (see lib/artifacts). `npm run build` runs it before `next build`;
 * it is the only step of a build that reads, validates and renders the Markdown.
 */
import path from "node:path";
import { performance } from "node:perf_hooks";
import { buildArtifacts } from "../artifacts/build";
import { artifactsDir } from "../artifacts/location";
import { formatReport } from "../content/problems";
import { cliArgs } from "./args";
import { LIST_ALL_FLAG, unlockedUrlsReport } from "./unlocked-report";

const started = performance.now();
const { contentDir, flags, out } = cliArgs();
const outDir = out ? path.resolve(out) : artifactsDir();
const { content, problems, unlockedUrls, manifest } = await buildArtifacts(contentDir, outDir);
const elapsed = Math.round(performance.now() - started);

if (problems.length > 0 || !manifest) {
  console.error(formatReport(problems));
  console.error("No artifacts written: fix the problems above and build again.");
  process.exitCode = 1;
} else {
  const where = path.relative(process.cwd(), outDir) || ".";
  console.log(`Content OK: ${content.articles.length} articles in ${content.categories.length} categories; artifacts written to ${where}/ in ${elapsed} ms.`);
}
if (unlockedUrls.length > 0) console.log(unlockedUrlsReport(unlockedUrls, flags.has(LIST_ALL_FLAG)));
