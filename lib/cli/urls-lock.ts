/**
 * `npm run urls:lock [dir]`: records the URLs the content publishes in content/published-urls.txt.
 * Adds, never removes: taking a URL out of the lock is a deliberate edit someone reviews.
 */
import fs from "node:fs";
import path from "node:path";
import { loadContentInParallel } from "../content/parallel";
import { formatReport } from "../content/problems";
import { formatUrlLock, readUrlLock, URL_LOCK_FILE } from "../content/url-lock";
import { cliArgs } from "./args";

const dir = cliArgs().contentDir;
const { problems, unlockedUrls } = await loadContentInParallel(dir);
const lock = readUrlLock(dir);
// A broken lock entry is fixed with a redirect or an alias, not by locking over it.
const blocking = problems.filter((problem) => !("missing" in lock && problem.file === lock.file));
if (blocking.length > 0) {
  console.error(`Not updating the lock while the content has problems.\n${formatReport(blocking)}`);
  process.exit(1);
}
const existing = "urls" in lock ? lock.urls.map(({ url }) => url) : [];
fs.writeFileSync(path.join(dir, URL_LOCK_FILE), formatUrlLock([...existing, ...unlockedUrls]));
console.log(`${lock.file}: ${unlockedUrls.length} URL${unlockedUrls.length === 1 ? "" : "s"} added, ${existing.length + unlockedUrls.length} in all.`);
