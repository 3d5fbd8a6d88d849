/**
 * `npm run bench:paste`: the paste box's whole pipeline (cap, recognize, rank, redact, then the
 * search fallback) on each 1 MB hostile paste, and the redactors on the same 1 MB (they read up to
 * their own cap). Prints the median of 5 runs per input; nothing is asserted here, the unit tests
 * check it finishes.
 */
import { loadContent } from "../../lib/content/load";
import { pasteCatalogue } from "../../lib/paste/catalogue";
import { readPaste } from "../../lib/paste/read-paste";
import { redactPersonalData, redactSecrets } from "../../lib/redact";
import { buildContentIndex } from "../../lib/search/content-index";
import { Searcher } from "../../lib/search/searcher";
import { HOSTILE_PASTES } from "../unit/paste-hostile";

const RUNS = 5;
const catalogue = pasteCatalogue(loadContent().content);
// Built from the content, as the build does: tests do not depend on a build having run.
const searcher = new Searcher(buildContentIndex(loadContent().content));

function median(run: () => unknown): number {
  run();
  const times = Array.from({ length: RUNS }, () => {
    const start = performance.now();
    run();
    return performance.now() - start;
  }).sort((a, b) => a - b);
  return times[Math.floor(RUNS / 2)]!;
}

const ms = (value: number) => value.toFixed(1).padStart(9);
console.log(`1 MB hostile pastes, median of ${RUNS} runs (ms)\n`);
console.log(`${"input".padEnd(30)}${"paste box".padStart(9)}${"secrets".padStart(9)}${"personal".padStart(9)}`);
let worst = 0;
for (const [name, text] of HOSTILE_PASTES) {
  const pipeline = median(() => searcher.search(readPaste(text, catalogue).searchText, 3));
  const secrets = median(() => redactSecrets(text));
  const personal = median(() => redactPersonalData(text));
  worst = Math.max(worst, pipeline, secrets, personal);
  console.log(`${name.padEnd(30)}${ms(pipeline)}${ms(secrets)}${ms(personal)}`);
}
console.log(`\nSlowest: ${worst.toFixed(1)} ms for 1 MB (${HOSTILE_PASTES.length} inputs)`);
