import { normalize, toTerm } from "./text";

/**
 * The query side stems and folds the same few words again and again: each keystroke re-reads the
 * leading results' titles and headings (highlighting, side-by-side words) and its own words, and
 * "Symptoms", "Solutions", "Why this happens" head every article. Stemming and Unicode folding each
 * word again was a visible share of a keystroke on a throttled phone. Bounded: a session reads a few
 * thousand distinct words at most, and a cache starts over past that.
 */
const MAX_CACHED_WORDS = 5000;

/** `compute`, remembered per word for up to `bound` words; past that, the memory starts over. */
export function remembered<T>(compute: (word: string) => T, bound: number): (word: string) => T {
  const cache = new Map<string, T>();
  return (word) => {
    let value = cache.get(word);
    if (value === undefined) {
      if (cache.size >= bound) cache.clear();
      value = compute(word);
      cache.set(word, value);
    }
    return value;
  };
}

/** `toTerm`, remembered. */
export const termOf = remembered(toTerm, MAX_CACHED_WORDS);
/** `normalize`, remembered. */
export const normalizedOf = remembered(normalize, MAX_CACHED_WORDS);
