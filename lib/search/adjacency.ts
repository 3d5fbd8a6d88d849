import type { QueryWord } from "./query";
import { ADJACENT_WEIGHT } from "./scoring";
import { termOf } from "./term-cache";
import { STOP_WORDS, tokenize } from "./text";
import type { SerializedIndex } from "./types";

interface Sequence {
  weight: number;
  terms: number[];
}

const TITLE_WEIGHT = 10;
const HEADING_WEIGHT = 5;

/**
 * Rewards query words that stand side by side in an article's title or a heading ("bad request",
 * "exponential backoff"). Checked on the few leading candidates from the title and headings the
 * index already carries for display, instead of indexing every word pair (which doubled its size).
 */
export class Adjacency {
  private readonly cache = new Map<number, Sequence[]>();

  constructor(
    private readonly index: Pick<SerializedIndex, "docs" | "sections">,
    private readonly termIds: ReadonlyMap<string, number>,
    private readonly rarity: (term: number) => number,
  ) {}

  bonus(doc: number, words: readonly QueryWord[]): number {
    if (words.length < 2) return 0;
    const sequences = this.sequences(doc);
    let bonus = 0;
    for (let i = 0; i + 1 < words.length; i += 1) {
      const first = new Set(words[i]!.expansions.map((expansion) => expansion.term));
      const second = new Set(words[i + 1]!.expansions.map((expansion) => expansion.term));
      let best = 0;
      for (const { weight, terms } of sequences) {
        for (let k = 0; k + 1 < terms.length && weight > best; k += 1) {
          if (first.has(terms[k]!) && second.has(terms[k + 1]!)) {
            best = weight * ((this.rarity(terms[k]!) + this.rarity(terms[k + 1]!)) / 2);
          }
        }
      }
      bonus += ADJACENT_WEIGHT * best;
    }
    return bonus;
  }

  private sequences(doc: number): Sequence[] {
    let sequences = this.cache.get(doc);
    if (!sequences) {
      const toTerms = (text: string) =>
        tokenize(text)
          .filter((token) => !STOP_WORDS.has(token))
          .map((token) => this.termIds.get(termOf(token)) ?? -1);
      sequences = [
        { weight: TITLE_WEIGHT, terms: toTerms(this.index.docs[doc]![1]) },
        ...(this.index.sections[doc] ?? []).map(([, heading]) => ({ weight: HEADING_WEIGHT, terms: toTerms(heading) })),
      ];
      this.cache.set(doc, sequences);
    }
    return sequences;
  }
}
