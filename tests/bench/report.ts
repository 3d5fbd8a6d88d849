import type { EngineRun } from "./engines";
import { QUERY_KINDS, type BenchQuery, type QueryKind } from "./queries";

export interface SizeResult {
  size: number;
  wordsPerArticle: number;
  generateMs: number;
  queries: BenchQuery[];
  ours: EngineRun;
  mini: EngineRun;
}

export const fmt = (value: number, digits = 0) => value.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });
const kb = (bytes: number) => `${fmt(bytes / 1024, bytes < 100 * 1024 ? 1 : 0)} KB`;
const ms = (value: number) => `${fmt(value, value < 10 ? 2 : 1)} ms`;
const pct = (value: number) => `${fmt(value * 100, 0)}%`;

/** Nearest-rank percentile. */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

export function hitRate(run: EngineRun, queries: readonly BenchQuery[], kind: QueryKind | "all", k: number): number {
  const picked = run.ranks.filter((_, i) => kind === "all" || queries[i]!.kind === kind);
  return picked.length ? picked.filter((rank) => rank >= 0 && rank < k).length / picked.length : 0;
}

export function printTable(result: SizeResult): void {
  const { queries, ours, mini } = result;
  const counts = QUERY_KINDS.map((kind) => `${kind} ${queries.filter((query) => query.kind === kind).length}`).join(", ");
  console.log(`\n── ${fmt(result.size)} articles · ${fmt(result.wordsPerArticle)} words/article (generated in ${ms(result.generateMs)}) · ${queries.length} queries (${counts}) ──`);
  const rows: [string, string, string][] = [
    ["build", ms(ours.buildMs), ms(mini.buildMs)],
    ["index, raw JSON", kb(ours.rawBytes), kb(mini.rawBytes)],
    ["index, gzip", kb(ours.gzipBytes), kb(mini.gzipBytes)],
    ["load (parse + construct + 1 query)", ms(ours.loadMs), ms(mini.loadMs)],
    ["query p50", ms(percentile(ours.latencies, 50)), ms(percentile(mini.latencies, 50))],
    ["query p95", ms(percentile(ours.latencies, 95)), ms(percentile(mini.latencies, 95))],
    ["query max", ms(Math.max(...ours.latencies)), ms(Math.max(...mini.latencies))],
    ["query p95, same queries again", ms(percentile(ours.repeatLatencies, 95)), ms(percentile(mini.repeatLatencies, 95))],
  ];
  for (const kind of [...QUERY_KINDS, "all" as const]) {
    const n = kind === "all" ? queries.length : queries.filter((query) => query.kind === kind).length;
    const cell = (run: EngineRun) => `${pct(hitRate(run, queries, kind, 1))} / ${pct(hitRate(run, queries, kind, 5))}`;
    rows.push([`hit@1 / hit@5, ${kind} (${n})`, cell(ours), cell(mini)]);
  }
  console.log(`${"".padEnd(36)}${"ours".padStart(16)}${"MiniSearch".padStart(16)}`);
  for (const [label, a, b] of rows) console.log(`${label.padEnd(36)}${a.padStart(16)}${b.padStart(16)}`);
  const byKind = (run: EngineRun) =>
    QUERY_KINDS.map((kind) => `${kind} ${fmt(percentile(run.latencies.filter((_, i) => queries[i]!.kind === kind), 95), 2)}`).join(", ");
  console.log(`query p95 by kind (ms): ours ${byKind(ours)} · MiniSearch ${byKind(mini)}`);
}

/** Queries our engine misses in its top 5, MiniSearch's finds first. */
export function printMisses(result: SizeResult, perKind: number, titleOf: (slug: string) => string): void {
  console.log(`\nMisses at ${fmt(result.size)} articles (ours not in top 5; up to ${perKind} per kind):`);
  for (const kind of QUERY_KINDS) {
    const misses = result.queries
      .map((query, i) => ({ query, ours: result.ours.ranks[i]!, mini: result.mini.ranks[i]!, top: result.ours.top[i] }))
      .filter((miss) => miss.query.kind === kind && (miss.ours < 0 || miss.ours >= 5))
      .sort((a, b) => Number(b.mini >= 0 && b.mini < 5) - Number(a.mini >= 0 && a.mini < 5));
    if (misses.length === 0) continue;
    console.log(`  ${kind}: ${misses.length} missed`);
    for (const miss of misses.slice(0, perKind)) {
      const rank = (value: number) => (value < 0 ? "not in top 10" : `#${value + 1}`);
      console.log(`    "${miss.query.text}"${miss.query.note ? ` [${miss.query.note}]` : ""} → want "${titleOf(miss.query.expected)}"`);
      console.log(`      ours ${rank(miss.ours)} (top: "${miss.top ?? "no results"}"), MiniSearch ${rank(miss.mini)}`);
    }
  }
}

export interface Target {
  label: string;
  size: number;
  check(result: SizeResult): { pass: boolean; detail: string };
}

const TARGETS: Target[] = [
  { label: "query p95 ≤ 2 ms", size: 1000, check: ({ ours }) => ({ pass: percentile(ours.latencies, 95) <= 2, detail: ms(percentile(ours.latencies, 95)) }) },
  { label: "query p95 ≤ 16 ms", size: 10000, check: ({ ours }) => ({ pass: percentile(ours.latencies, 95) <= 16, detail: ms(percentile(ours.latencies, 95)) }) },
  ...[100, 1000, 10000].map((size) => ({
    label: "typo hit@5 ≥ MiniSearch's",
    size,
    check: ({ ours, mini, queries }: SizeResult) => {
      const a = hitRate(ours, queries, "typo", 5);
      const b = hitRate(mini, queries, "typo", 5);
      return { pass: a >= b, detail: `${pct(a)} vs ${pct(b)}` };
    },
  })),
  { label: "index ≤ 200 KB gzipped", size: 1000, check: ({ ours }) => ({ pass: ours.gzipBytes <= 200 * 1024, detail: kb(ours.gzipBytes) }) },
];

export function printTargets(results: readonly SizeResult[]): void {
  console.log("\nTargets:");
  for (const target of TARGETS) {
    const result = results.find((candidate) => candidate.size === target.size);
    const label = `${target.label} at ${fmt(target.size)} articles`;
    if (!result) {
      console.log(`  SKIP  ${label} (size not run)`);
      continue;
    }
    const { pass, detail } = target.check(result);
    console.log(`  ${pass ? "PASS" : "FAIL"}  ${label}: ${detail}`);
  }
}
