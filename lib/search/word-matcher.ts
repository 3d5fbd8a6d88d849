import Fuse from "fuse.js";
import { appendTo } from "../append-to";
import { remembered } from "./term-cache";

export interface WordMatch {
  word: string;
  term: number;
  /** 1 for an exact word, lower for a longer completion or a more distant typo. */
  similarity: number;
}

const MAX_FUZZY_CANDIDATES = 60;
/** Typo lookups kept for later keystrokes; a bound, as a long session types many words. */
const REMEMBERED_TYPOS = 256;

/** Typos a word may have: none under four letters, one up to seven, two from eight. */
function allowedEdits(length: number): number {
  return length < 4 ? 0 : length < 8 ? 1 : 2;
}

/**
 * Prefix and typo matching against the index's vocabulary (every distinct word), never against
 * articles, so its cost follows the query, not the corpus. Prefixes use binary search over the
 * sorted words. Typos first narrow the vocabulary to words of similar length that share enough
 * letter pairs with the query word (a q-gram filter, built lazily on the first typo), then let
 * Fuse score that short list.
 */
export class WordMatcher {
  private bigrams?: Map<string, number[]>;
  private readonly typos = remembered((word) => this.findTypos(word), REMEMBERED_TYPOS);
  /** Each word's term id, found on first use (-2 until then): stemming the whole vocabulary up front took a visible share of loading the index on a phone. */
  private readonly terms: Int32Array;

  constructor(
    private readonly words: readonly string[],
    private readonly termOfWord: (word: string) => number,
  ) {
    this.terms = new Int32Array(words.length).fill(-2);
  }

  private termAt(index: number): number {
    let term = this.terms[index]!;
    if (term === -2) this.terms[index] = term = this.termOfWord(this.words[index]!);
    return term;
  }

  /**
   * Builds the letter-pair map now rather than on the first typo: the browser calls this in idle
   * time once the index is loaded, so the first mistyped word costs no more than the next one.
   */
  warm(): void {
    this.bigrams ??= buildBigrams(this.words);
  }

  /** Words starting with `prefix`, shortest (closest to what was typed) first. */
  prefix(prefix: string, limit: number): WordMatch[] {
    let low = 0;
    let high = this.words.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.words[mid]! < prefix) low = mid + 1;
      else high = mid;
    }
    const found: number[] = [];
    for (let i = low; i < this.words.length && this.words[i]!.startsWith(prefix); i += 1) found.push(i);
    // Only the kept completions are looked up (stemmed on first use): a one- or two-letter prefix
    // starts hundreds of words, and looking up all of them was the slowest keystroke on a phone.
    return found
      .sort((a, b) => this.words[a]!.length - this.words[b]!.length || a - b)
      .slice(0, limit)
      .map((i) => ({ word: this.words[i]!, term: this.termAt(i), similarity: prefix.length / this.words[i]!.length }));
  }

  /**
   * Vocabulary words within the allowed edits of `word`, best first. Remembered per word: a
   * mistyped word is looked up again on every later keystroke of the query ("permision d",
   * "permision de", …), and Fuse over its candidates is the costliest part of a query.
   */
  fuzzy(word: string): WordMatch[] {
    return this.typos(word);
  }

  private findTypos(word: string): WordMatch[] {
    const edits = allowedEdits(word.length);
    if (edits === 0) return [];
    const candidates = this.candidates(word, edits);
    if (candidates.length === 0) return [];
    const fuse = new Fuse(candidates.map((index) => this.words[index]!), {
      includeScore: true,
      ignoreLocation: true,
      isCaseSensitive: true,
      // Fuse counts a swap of two letters as two errors; leave room for it, the distance check below is exact.
      threshold: Math.min(0.5, (2 * edits + 0.5) / word.length),
    });
    // Fuse ranks; the edit distance (a swap of two letters is one typo) bounds what counts as a typo.
    return fuse
      .search(word)
      .filter(({ item }) => typoDistance(word, item, edits) <= edits)
      .map(({ item, refIndex, score }) => ({
        word: item,
        term: this.termAt(candidates[refIndex]!),
        similarity: 1 - (score ?? 1),
      }));
  }

  /** Indexes of vocabulary words that could be `word` with at most `edits` typos. */
  private candidates(word: string, edits: number): number[] {
    this.bigrams ??= buildBigrams(this.words);
    const grams = bigramsOf(word);
    // q-gram lemma: an insertion, deletion or substitution breaks at most two letter pairs of the
    // padded word, a swap of two letters three.
    const needed = Math.max(1, grams.length - 3 * edits);
    const shared = new Map<number, number>();
    for (const gram of new Set(grams)) {
      for (const index of this.bigrams.get(gram) ?? []) shared.set(index, (shared.get(index) ?? 0) + 1);
    }
    const found: [number, number][] = [];
    for (const [index, count] of shared) {
      if (count >= needed && Math.abs(this.words[index]!.length - word.length) <= edits) found.push([index, count]);
    }
    return found
      .sort((a, b) => b[1] - a[1])
      .slice(0, MAX_FUZZY_CANDIDATES)
      .map(([index]) => index);
  }
}

function bigramsOf(word: string): string[] {
  const padded = `^${word}$`;
  const grams: string[] = [];
  for (let i = 0; i < padded.length - 1; i += 1) grams.push(padded.slice(i, i + 2));
  return grams;
}

function buildBigrams(words: readonly string[]): Map<string, number[]> {
  const map = new Map<string, number[]>();
  words.forEach((word, index) => {
    for (const gram of new Set(bigramsOf(word))) {
      appendTo(map, gram, index);
    }
  });
  return map;
}

/**
 * Optimal-string-alignment distance (Levenshtein plus adjacent swaps), stopping early once it
 * exceeds `limit`. The usual typo measure: "pasword", "pssword" and "psasword" are one typo each.
 */
export function typoDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2]! + 1);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return limit + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length]!;
}
