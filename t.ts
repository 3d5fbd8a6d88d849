import { loadContent } from "./lib/content/load";
import { buildIndex } from "./lib/search/build-index";
import { toSearchRecord } from "./lib/search/records";
import { Searcher } from "./lib/search/searcher";
import { SEARCH_QUERIES } from "./tests/unit/search-queries";
const { content } = loadContent();
const s = new Searcher(buildIndex(content.articles.map(toSearchRecord), content.search));
let hits = 0;
for (const [q, slug] of SEARCH_QUERIES) {
  const r = s.search(q, 10);
  const rank = r.findIndex(x => x.slug === slug) + 1;
  if (rank === 1) hits++;
  if (rank !== 1 || process.argv[2]) console.log(rank, JSON.stringify(q), "→", r.slice(0, 3).map(x => `${x.slug}${x.section ? "§" + x.section : ""}(${x.score})`).join(" | "));
}
console.log("hit@1", hits, "/", SEARCH_QUERIES.length);
