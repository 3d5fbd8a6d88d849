/**
 * `npm run bench:search`: our search engine against MiniSearch on seeded synthetic corpora of
 * 100, 1,000 and 10,000 troubleshooting articles: build time, index size, load time, query
 * latency and hit@1/hit@5 per query kind. A report: it exits 0 even when a target fails.
 *
 *   --sizes=100,1000   run fewer sizes
 *   --misses[=N]       list up to N queries per kind our engine misses (default 8)
 *   --seed=N           another corpus (the default seed is fixed, so runs compare)
 *   --corpus <folder>  instead: a real corpus imported with content:import (corpus-bench.ts)
 */
import fs from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { searchSettingsSchema } from "../../lib/content/schema";
import type { SearchVocabulary } from "../../lib/search/types";
import { runCorpusBench } from "./corpus-bench";
import { MINISEARCH_SEARCH_OPTIONS, runMiniSearch, runOurs } from "./engines";
import { createRandom } from "./prng";
import { generateQueries, QUERY_MIX } from "./queries";
import { fmt, printMisses, printTable, printTargets, type SizeResult } from "./report";
import { loadSourceText } from "./source-text";
import { generateCorpus } from "./synthetic-corpus";

const DEFAULT_SEED = 20261127;
const DEFAULT_SIZES = [100, 1000, 10000];
const WARM_UP_QUERY = "permission denied";

function option(name: string): string | undefined {
  const arg = process.argv.slice(2).find((candidate) => candidate === `--${name}` || candidate.startsWith(`--${name}=`));
  return arg === undefined ? undefined : (arg.split("=")[1] ?? "");
}

function loadVocabulary(): SearchVocabulary {
  const file = path.join(import.meta.dirname, "../../content/search.yml");
  const { phrases, synonyms } = searchSettingsSchema.parse(parse(fs.readFileSync(file, "utf8"), { schema: "core" }));
  return { phrases, synonyms };
}

function main(): void {
  const corpusAt = process.argv.findIndex((arg) => arg === "--corpus" || arg.startsWith("--corpus="));
  if (corpusAt !== -1) {
    const folder = process.argv[corpusAt]!.includes("=") ? process.argv[corpusAt]!.split("=")[1] : process.argv[corpusAt + 1];
    if (!folder) throw new Error("--corpus takes a content folder, e.g. --corpus /tmp/site/content");
    return runCorpusBench(folder);
  }
  const started = performance.now();
  const sizes = option("sizes")?.split(",").map(Number) ?? DEFAULT_SIZES;
  if (sizes.some((size) => !Number.isInteger(size) || size < 10)) throw new Error(`--sizes takes whole numbers of at least 10, e.g. --sizes=100,1000`);
  const seed = Number(option("seed") ?? DEFAULT_SEED);
  const missesOption = option("misses");
  const missesPerKind = missesOption === undefined ? 0 : Number(missesOption || 8);

  const vocabulary = loadVocabulary();
  const source = loadSourceText();
  console.log(`Search benchmark · seed ${seed} · Node ${process.version} · sizes ${sizes.map((size) => fmt(size)).join(", ")}`);
  console.log(`Prose from ${source.origin}: ${fmt(source.sentences.length)} sentences, ${source.topics.length} topics, ${source.codes.length} platform codes`);
  console.log(`Ours: buildIndex + Searcher, vocabulary from content/search.yml (${vocabulary.phrases.length} phrases, ${vocabulary.synonyms.length} synonym groups), limit 10`);
  console.log(`MiniSearch 7: fields title, symptoms, codes, headings, summary, body; searchOptions ${JSON.stringify(MINISEARCH_SEARCH_OPTIONS)}`);
  console.log(`Query mix per size: ${JSON.stringify(QUERY_MIX)}; latency = first run of each query after one warm-up query`);

  const results: SizeResult[] = [];
  for (const size of sizes) {
    let start = performance.now();
    const records = generateCorpus(size, source, createRandom(seed + size));
    const queries = generateQueries(records, createRandom(seed * 7 + size));
    const generateMs = performance.now() - start;
    if (queries.length < 200) console.warn(`Warning: only ${queries.length} queries could be made for ${fmt(size)} articles (want 200 or more)`);
    const words = records.reduce(
      (sum, record) => sum + [record.title, record.summary, ...record.symptoms, ...record.sections.map((section) => `${section.heading} ${section.text}`)].join(" ").split(/\s+/).length,
      0,
    );
    start = performance.now();
    const ours = runOurs(records, vocabulary, queries, WARM_UP_QUERY);
    const mini = runMiniSearch(records, queries, WARM_UP_QUERY);
    const result: SizeResult = { size, wordsPerArticle: words / size, generateMs, queries, ours, mini };
    results.push(result);
    printTable(result);
    if (missesPerKind > 0) {
      const titles = new Map(records.map((record) => [record.slug, record.title]));
      printMisses(result, missesPerKind, (slug) => titles.get(slug) ?? slug);
    }
  }

  printTargets(results);
  const peakMb = process.resourceUsage().maxRSS / 1024;
  console.log(`\nTotal run time ${fmt((performance.now() - started) / 1000, 1)} s · peak RSS ${fmt(peakMb)} MB`);
}

main();
