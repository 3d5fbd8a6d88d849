/**
 * `npm run content:check [dir]`: validates every article without building the site and prints
 * every problem as `content/file.md:line: field — message`. Exits 1 when there is any.
 */
import { performance } from "node:perf_hooks";
import { loadContentInParallel } from "../content/parallel";
import { formatReport } from "../content/problems";
import { cliArgs } from "./args";
import { LIST_ALL_FLAG, unlockedUrlsReport } from "./unlocked-report";

const started = performance.now();
const { contentDir, flags } = cliArgs();
const { content, problems, unlockedUrls } = await loadContentInParallel(contentDir);
const elapsed = Math.round(performance.now() - started);

if (problems.length > 0) {
  console.error(formatReport(problems));
  process.exitCode = 1;
} else {
  console.log(`Content OK: ${content.articles.length} articles in ${content.categories.length} categories, checked in ${elapsed} ms.`);
}
if (unlockedUrls.length > 0) console.log(unlockedUrlsReport(unlockedUrls, flags.has(LIST_ALL_FLAG)));
