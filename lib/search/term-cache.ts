import { normalize, toTerm } from "./text";

/**
 * The query side stems and folds the same few words again and again: each keystroke re-reads the
 * leading results' titles and headings (highlighting, side-by-side words) and its own words, and
 * "Symptoms", "Solutions", "Why this happens" head every article. Stemming and Unicode folding each
 * word again was a visible share of a keystroke on a throttled phone. Bounded: a session reads a few
 * thousand distinct words at most, and a cache starts over past that.
 */
const MAX_CACHED_WORDS = 5000;

function cached(compute: (word: string) => string): (word: string) => string {
  const cache = new Map<string, string>();
  return (word) => {
    let value = cache.get(word);
    if (value === undefined) {
      if (cache.size >= MAX_CACHED_WORDS) cache.clear();
      value = compute(word);
      cache.set(word, value);
    }
    return value;
  };
}

/** `toTerm`, remembered. */
export const termOf = cached(toTerm);
/** `normalize`, remembered. */
export const normalizedOf = cached(normalize);
