import { gzipSync } from "node:zlib";
import MiniSearch, { type Options, type SearchOptions } from "minisearch";
import { buildIndex } from "../../lib/search/build-index";
import { Searcher } from "../../lib/search/searcher";
import type { SearchRecord, SearchVocabulary } from "../../lib/search/types";
import type { BenchQuery } from "./queries";

/** What one engine did with one corpus: costs, and per query its time and the expected article's rank. */
export interface EngineRun {
  buildMs: number;
  rawBytes: number;
  gzipBytes: number;
  loadMs: number;
  /** Per query, first pass after the warm-up query (ms). */
  latencies: number[];
  /** Per query, the same query run again: caches filled, JIT settled (ms). */
  repeatLatencies: number[];
  /** Per query, 0-based rank of the expected article in the top 10, or -1. */
  ranks: number[];
  /** Per query, the title of the top result (for miss reports). */
  top: (string | undefined)[];
}

interface Engine {
  build(): string;
  load(serialized: string): (query: string) => { slug: string; title: string }[];
}

const SEARCH_LIMIT = 10;

function measure(engine: Engine, queries: readonly BenchQuery[], warmUp: string): EngineRun {
  let start = performance.now();
  const serialized = engine.build();
  const buildMs = performance.now() - start;
  const rawBytes = Buffer.byteLength(serialized);
  const gzipBytes = gzipSync(serialized).length;

  start = performance.now();
  const search = engine.load(serialized);
  search(warmUp);
  const loadMs = performance.now() - start;

  const run: EngineRun = { buildMs, rawBytes, gzipBytes, loadMs, latencies: [], repeatLatencies: [], ranks: [], top: [] };
  for (const query of queries) {
    start = performance.now();
    const results = search(query.text);
    run.latencies.push(performance.now() - start);
    run.ranks.push(results.findIndex((result) => result.slug === query.expected));
    run.top.push(results[0]?.title);
  }
  for (const query of queries) {
    start = performance.now();
    search(query.text);
    run.repeatLatencies.push(performance.now() - start);
  }
  return run;
}

export function runOurs(records: readonly SearchRecord[], vocabulary: SearchVocabulary, queries: readonly BenchQuery[], warmUp: string): EngineRun {
  return measure(
    {
      build: () => JSON.stringify(buildIndex(records, vocabulary)),
      load: (serialized) => {
        const searcher = new Searcher(JSON.parse(serialized));
        return (query) => searcher.search(query, SEARCH_LIMIT);
      },
    },
    queries,
    warmUp,
  );
}

/** MiniSearch's usual recommended setup, with our field weights as boosts. */
export const MINISEARCH_SEARCH_OPTIONS: SearchOptions = {
  boost: { title: 10, symptoms: 7, codes: 7, headings: 5, summary: 3 },
  prefix: true,
  fuzzy: 0.2,
  combineWith: "OR",
};
const MINISEARCH_OPTIONS: Options = {
  idField: "slug",
  fields: ["title", "symptoms", "codes", "headings", "summary", "body"],
  // What a results list shows, like the [slug, title, summary] our index carries.
  storeFields: ["title", "summary"],
  searchOptions: MINISEARCH_SEARCH_OPTIONS,
};

export function runMiniSearch(records: readonly SearchRecord[], queries: readonly BenchQuery[], warmUp: string): EngineRun {
  return measure(
    {
      build: () => {
        const miniSearch = new MiniSearch(MINISEARCH_OPTIONS);
        miniSearch.addAll(
          records.map((record) => ({
            slug: record.slug,
            title: record.title,
            summary: record.summary,
            symptoms: record.symptoms.join("\n"),
            codes: record.codes.join(" "),
            headings: record.sections.map((section) => section.heading).filter(Boolean).join("\n"),
            body: record.sections.map((section) => section.text).join("\n"),
          })),
        );
        return JSON.stringify(miniSearch);
      },
      load: (serialized) => {
        const miniSearch = MiniSearch.loadJSON(serialized, MINISEARCH_OPTIONS);
        return (query) => miniSearch.search(query).slice(0, SEARCH_LIMIT).map((result) => ({ slug: String(result.id), title: String(result.title) }));
      },
    },
    queries,
    warmUp,
  );
}
