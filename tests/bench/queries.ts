import { STOP_WORDS, toTerm } from "../../lib/search/text";
import type { SearchRecord } from "../../lib/search/types";
import type { Random } from "@/lib/prng";
import { makeTypo } from "./typos";

/**
 * Queries generated from the corpus, each with the one article it should find. A query is only
 * kept when its words single out that article (no other title, or heading, or declared code has
 * them all), so a miss is the engine's fault, not an ambiguous query's.
 */
export type QueryKind = "exact" | "typo" | "code" | "phrase" | "prefix";
export const QUERY_KINDS: readonly QueryKind[] = ["exact", "typo", "code", "phrase", "prefix"];
export const QUERY_MIX: Record<QueryKind, number> = { exact: 50, typo: 100, code: 40, phrase: 50, prefix: 50 };

export interface BenchQuery {
  kind: QueryKind;
  text: string;
  expected: string;
  /** For typos: what was changed ("transposition: webhook → wehbook"). */
  note?: string;
}

const words = (text: string) => text.toLowerCase().match(/[a-z0-9_]+/g) ?? [];
const isContent = (word: string) => /^[a-z]{3,}$/.test(word) && !STOP_WORDS.has(word);

class CorpusFacts {
  readonly titleWords: string[][];
  readonly titleDocs = new Map<string, Set<number>>();
  readonly headingDocs = new Map<string, Set<number>>();
  readonly codeDocs = new Map<string, Set<number>>();

  constructor(readonly records: readonly SearchRecord[]) {
    const add = (map: Map<string, Set<number>>, key: string, doc: number) => (map.get(key) ?? map.set(key, new Set()).get(key)!).add(doc);
    this.titleWords = records.map((record, doc) => {
      const titleWords = [...new Set(words(record.title).filter(isContent))];
      for (const word of titleWords) add(this.titleDocs, toTerm(word), doc);
      for (const section of record.sections) for (const word of words(section.heading)) add(this.headingDocs, toTerm(word), doc);
      for (const word of titleWords) add(this.headingDocs, toTerm(word), doc);
      for (const code of record.codes) add(this.codeDocs, code, doc);
      return titleWords;
    });
  }

  /** True when `doc` is the only article in every one of the sets. */
  only(doc: number, sets: (Set<number> | undefined)[]): boolean {
    const [smallest, ...rest] = [...sets].sort((a, b) => (a?.size ?? 0) - (b?.size ?? 0));
    if (!smallest) return false;
    let count = 0;
    for (const candidate of smallest) if (rest.every((set) => set?.has(candidate))) count += 1;
    return count === 1 && smallest.has(doc);
  }

  /** The n title words fewest other titles share, in title order, if together they single out `doc`. */
  distinctive(doc: number, n: number, random: Random): string[] | undefined {
    const own = this.titleWords[doc]!;
    const rarity = (word: string) => this.titleDocs.get(toTerm(word))!.size + random.next();
    const chosen = [...own].sort((a, b) => rarity(a) - rarity(b)).slice(0, n);
    if (chosen.length < 2 || !this.only(doc, chosen.map((word) => this.titleDocs.get(toTerm(word))))) return undefined;
    return own.filter((word) => chosen.includes(word));
  }
}

type Maker = (facts: CorpusFacts, doc: number, random: Random) => Omit<BenchQuery, "kind" | "expected"> | undefined;

const MAKERS: Record<QueryKind, Maker> = {
  exact: (facts, doc, random) => {
    const chosen = facts.distinctive(doc, random.int(2, 3), random) ?? facts.distinctive(doc, 3, random);
    return chosen && { text: chosen.join(" ") };
  },
  typo: (facts, doc, random) => {
    const chosen = facts.distinctive(doc, random.int(2, 3), random) ?? facts.distinctive(doc, 3, random);
    const long = chosen?.filter((word) => word.length >= 5);
    if (!chosen || !long?.length) return undefined;
    const target = random.pick(long);
    const { typo, type } = makeTypo(target, random);
    return { text: chosen.map((word) => (word === target ? typo : word)).join(" "), note: `${type}: ${target} → ${typo}` };
  },
  code: (facts, doc, random) => {
    const codes = facts.records[doc]!.codes;
    if (codes.length === 0) return undefined;
    const unique = codes.filter((code) => facts.codeDocs.get(code)!.size === 1);
    if (unique.length > 0) return { text: random.pick(unique) };
    // Shared codes (every 502) need a word from the title to point at one article.
    const code = random.pick(codes);
    const word = facts.titleWords[doc]!.find((candidate) => facts.only(doc, [facts.codeDocs.get(code), facts.titleDocs.get(toTerm(candidate))]));
    return word ? { text: `${code} ${word}` } : undefined;
  },
  phrase: (facts, doc, random) => {
    const headings = facts.records[doc]!.sections.filter((section) => section.depth === 3).map((section) => words(section.heading));
    const windows = headings.flatMap((tokens) =>
      [2, 3].flatMap((size) => Array.from({ length: Math.max(0, tokens.length - size + 1) }, (_, start) => tokens.slice(start, start + size))),
    );
    for (const window of random.shuffle(windows)) {
      const content = window.filter(isContent);
      if (content.length >= 2 && facts.only(doc, content.map((word) => facts.headingDocs.get(toTerm(word))))) return { text: window.join(" ") };
    }
    return undefined;
  },
  prefix: (facts, doc, random) => {
    const own = facts.titleWords[doc]!;
    for (const long of random.shuffle(own.filter((word) => word.length >= 6))) {
      const prefix = long.slice(0, 4);
      const prefixDocs = new Set<number>();
      for (const [term, docs] of facts.titleDocs) if (term.startsWith(prefix)) for (const other of docs) prefixDocs.add(other);
      const full = own.find((word) => word !== long && facts.only(doc, [prefixDocs, facts.titleDocs.get(toTerm(word))]));
      if (full) return { text: `${full} ${prefix}` };
    }
    return undefined;
  },
};

export function generateQueries(records: readonly SearchRecord[], random: Random): BenchQuery[] {
  const facts = new CorpusFacts(records);
  const queries: BenchQuery[] = [];
  for (const kind of QUERY_KINDS) {
    const seen = new Set<string>();
    for (let attempt = 0; seen.size < QUERY_MIX[kind] && attempt < QUERY_MIX[kind] * 50; attempt += 1) {
      const doc = random.int(0, records.length - 1);
      const made = MAKERS[kind](facts, doc, random);
      if (!made || seen.has(made.text)) continue;
      seen.add(made.text);
      queries.push({ kind, expected: records[doc]!.slug, ...made });
    }
  }
  return random.shuffle(queries);
}
