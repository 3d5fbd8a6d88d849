/**
 * `npm run bench:search -- --corpus <content folder>`: the search benchmark on a real corpus
 * brought in with `content:import` (e.g. the Supabase troubleshooting articles), beside MiniSearch
 * on the same text. Queries come from the imported articles themselves: each title, each title
 * with one typo, and each error message the article declares (its symptoms other than the title).
 * A query whose text several articles share is left out, so a miss is the engine's fault.
 */
import path from "node:path";
import { loadContent } from "../../lib/content/load";
import { formatReport } from "../../lib/content/problems";
import { toSearchRecord } from "../../lib/search/records";
import { runMiniSearch, runOurs, type EngineRun } from "./engines";
import { createRandom } from "./prng";
import type { BenchQuery, QueryKind } from "./queries";
import { fmt, hitRate, percentile } from "./report";
import { makeTypo } from "./typos";

const LABELS: Partial<Record<QueryKind, string>> = { exact: "title", typo: "title with a typo", phrase: "declared error message" };
const normalize = (text: string) => text.toLowerCase().replace(/\s+/g, " ").trim();

export function runCorpusBench(folder: string): void {
  const started = performance.now();
  const { content, problems } = loadContent(path.resolve(folder));
  if (problems.length > 0) {
    console.error(`The corpus folder has content problems; fix them (or re-import) first.\n${formatReport(problems)}`);
    process.exit(1);
  }
  const imported = content.articles.filter((article) => article.source);
  if (imported.length === 0) {
    console.error(`${folder} holds no imported articles (none has a \`source\` field): run npm run content:import into it first.`);
    process.exit(1);
  }
  const owners = new Map<string, Set<string>>();
  const own = (text: string, slug: string) => owners.set(normalize(text), (owners.get(normalize(text)) ?? new Set()).add(slug));
  for (const article of content.articles) [article.title, ...article.symptoms].forEach((text) => own(text, article.slug));
  const unique = (text: string) => owners.get(normalize(text))?.size === 1;

  const random = createRandom(20261130);
  const queries: BenchQuery[] = [];
  for (const article of imported) {
    if (unique(article.title)) {
      queries.push({ kind: "exact", text: article.title, expected: article.slug });
      const word = [...article.title.matchAll(/[A-Za-z]{5,}/g)].map((match) => match[0]).sort((a, b) => b.length - a.length)[0];
      if (word) {
        const { typo, type } = makeTypo(word.toLowerCase(), random);
        queries.push({ kind: "typo", text: article.title.replace(word, typo), expected: article.slug, note: `${type}: ${word} → ${typo}` });
      }
    }
    for (const symptom of article.symptoms) {
      if (symptom !== article.title && unique(symptom)) queries.push({ kind: "phrase", text: symptom, expected: article.slug });
    }
  }

  const records = content.articles.map(toSearchRecord);
  const vocabulary = { phrases: content.search.phrases, synonyms: content.search.synonyms };
  const ours = runOurs(records, vocabulary, queries, "permission denied");
  const mini = runMiniSearch(records, queries, "permission denied");

  console.log(`Search benchmark on ${folder}: ${fmt(content.articles.length)} articles (${fmt(imported.length)} imported), ${queries.length} queries · Node ${process.version}`);
  const rows: [string, (run: EngineRun) => string][] = [
    ["index build", (run) => `${fmt(run.buildMs, 1)} ms`],
    ["index, gzip", (run) => `${fmt(run.gzipBytes / 1024, 1)} KB`],
    ["query p50", (run) => `${fmt(percentile(run.latencies, 50), 2)} ms`],
    ["query p95", (run) => `${fmt(percentile(run.latencies, 95), 2)} ms`],
  ];
  for (const kind of ["exact", "typo", "phrase", "all"] as const) {
    const n = kind === "all" ? queries.length : queries.filter((query) => query.kind === kind).length;
    const label = kind === "all" ? "all queries" : LABELS[kind]!;
    rows.push([`hit@1 / hit@5, ${label} (${n})`, (run) => `${fmt(hitRate(run, queries, kind, 1) * 100, 1)}% / ${fmt(hitRate(run, queries, kind, 5) * 100, 1)}%`]);
  }
  console.log(`${"".padEnd(44)}${"ours".padStart(18)}${"MiniSearch".padStart(18)}`);
  for (const [label, cell] of rows) console.log(`${label.padEnd(44)}${cell(ours).padStart(18)}${cell(mini).padStart(18)}`);

  const misses = queries.flatMap((query, i) => (ours.ranks[i] !== 0 ? [`  ${LABELS[query.kind]}: "${query.text}" → ${ours.top[i] ?? "nothing"} (expected rank ${ours.ranks[i]! + 1 || "none"}; MiniSearch ${mini.ranks[i]! + 1 || "none"})`] : []));
  if (misses.length) console.log(`\nOur misses at rank 1 (${misses.length}):\n${misses.slice(0, 15).join("\n")}${misses.length > 15 ? "\n  …" : ""}`);
  console.log(`\nTotal ${fmt((performance.now() - started) / 1000, 1)} s · peak RSS ${fmt(process.resourceUsage().maxRSS / 1024)} MB`);
}
