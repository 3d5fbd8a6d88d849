/** What the index is built from: one per article, plain data (no HTML). */
export interface SearchRecord {
  slug: string;
  url: string;
  title: string;
  summary: string;
  symptoms: string[];
  /** Error codes as text: "429", "rate_limit_exceeded". */
  codes: string[];
  /** Sections with a heading get an anchor; the intro has `id: null`. */
  sections: { id: string | null; heading: string; depth: number; text: string }[];
}

/** Words people type → the words our articles use; data from `content/search.yml`. */
export interface SearchVocabulary {
  /** Groups of words that mean the same to a reader; a query word matches any of its group. */
  synonyms: string[][];
  /** Two-word phrases and the one term they stand for: ["sign in", "signin"]. */
  phrases: [string, string][];
  /**
   * Names of error codes and the code they stand for (["too many requests", "429"]), from the
   * error catalogue: a query naming a code searches for the code, which articles declare.
   */
  codeNames?: [string, string][];
}

/**
 * Field bits of a posting: which fields of an article contain a term. `bodyRepeated` marks a term
 * the body uses again and again (what the article is about), not a passing mention.
 */
export const FIELD = { title: 1, symptoms: 2, codes: 4, headings: 8, summary: 16, body: 32, bodyRepeated: 64 } as const;

/** Uses of a term in an article's body from which it counts as repeated. */
export const BODY_REPEATS = 3;

/**
 * The serialized index, as shipped to the browser (`/search-index.json`) and loaded by the server.
 * Compact by design: postings are flat integer arrays, doc ids delta-encoded.
 */
export interface SerializedIndex {
  version: 1;
  /** [slug, title, summary] per article; its URL is /articles/<slug>. */
  docs: [string, string, string][];
  /** Per article: its headed sections as [anchor id, heading, depth]. */
  sections: [string, string, number][][];
  /** Term ids are positions in this list. */
  terms: string[];
  /**
   * Per term, the articles with the term in a short field (title, symptoms, codes, headings,
   * summary): flat [docDelta, fieldBits, (if headings bit) sectionCount, ...sectionIndexes] runs.
   */
  postings: number[][];
  /**
   * Per term, the articles that only mention the term in passing in the body (fewer than
   * BODY_REPEATS times): doc deltas (most postings, so the leanest form).
   */
  bodyPostings: number[][];
  /** Every surface word seen, sorted, for prefix and typo matching. */
  words: string[];
  vocabulary: SearchVocabulary;
}

export interface SearchResult {
  slug: string;
  title: string;
  summary: string;
  /** The article URL, with `#anchor` when a section heading matched. */
  url: string;
  /** The matched section's heading, or null when the match was the article as a whole. */
  section: string | null;
  score: number;
  /** Normalized words to highlight in the title, summary and section. */
  highlights: string[];
}
