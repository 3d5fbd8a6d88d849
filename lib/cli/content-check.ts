/**
 * `npm run content:check [dir]`: validates every article without building the site and prints
 * every problem as `content/file.md:line: field — message`. Exits 1 when there is any.
 */
import path from "node:path";
import { performance } from "node:perf_hooks";
import { loadContent } from "../content/load";
import { formatReport } from "../content/problems";

const started = performance.now();
const dirArgument = process.argv[2];
const { content, problems, unlockedUrls } = loadContent(dirArgument ? path.resolve(dirArgument) : undefined);
const elapsed = Math.round(performance.now() - started);

if (problems.length > 0) {
  console.error(formatReport(problems));
  process.exitCode = 1;
} else {
  console.log(`Content OK: ${content.articles.length} articles in ${content.categories.length} categories, checked in ${elapsed} ms.`);
}
if (unlockedUrls.length > 0) {
  console.log(
    `${unlockedUrls.length} new URL${unlockedUrls.length === 1 ? "" : "s"} not yet in the published-URL lock ` +
      `(run \`npm run urls:lock\` when they are ready to publish):\n${unlockedUrls.map((url) => `  ${url}`).join("\n")}`,
  );
}
