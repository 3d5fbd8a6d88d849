import { FIELD, type SearchResult, type SerializedIndex } from "./types";
import { isCode, isNumber, joinPhrases, normalize, pairTerm, phraseJoins, STOP_WORDS, toTerm, type PhraseJoins } from "./text";
import { MAX_QUERY_LENGTH } from "./limits";
import { WordMatcher } from "./word-matcher";

/**
 * Query side of the search index; the same class ranks for the header box (in the browser), the
 * results page and the JSON API (on the server), so all three agree.
 *
 * Design (measured in `npm run bench:search`): retrieval is an inverted index, so a query touches
 * only the postings of its own terms, never every article. Each query word expands to terms: the
 * exact term, its synonyms (data in content/search.yml), completions of the word as typed
 * (binary search over the sorted vocabulary) and, for words the index does not know, typo
 * corrections (Fuse over a short candidate list, see WordMatcher). Numbers and error codes only
 * ever match exactly: 429 never finds 492 or 4290.
 *
 * Ranking: articles matching more of the query words come first ("every word matched" before
 * partial matches), then by score: for each word, the best of quality × field weight × rarity.
 */

const MAX_WORDS = 12;

/** Where a word matched says how much it counts: title > symptoms and codes > headings > summary > body. */
const FIELD_WEIGHTS: [number, number][] = [
  [FIELD.title, 10],
  [FIELD.symptoms, 7],
  [FIELD.codes, 7],
  [FIELD.headings, 5],
  [FIELD.summary, 3],
  [FIELD.body, 1],
];
/** An error code the article declares outweighs any amount of prose mentioning it. */
const DECLARED_CODE_WEIGHT = 40;

/** Two query words standing together in a title, symptom or heading: worth half a word more. */
const PAIR_WEIGHT = 0.5;
const QUALITY = { exact: 1, synonym: 0.8, prefix: 0.6, typo: 0.7 } as const;
const PREFIX_EXPANSIONS = 12;
const TYPO_EXPANSIONS = 4;

interface Posting {
  doc: number;
  fields: number;
  sections: number[] | null;
}

interface Expansion {
  term: number;
  quality: number;
  word: string;
}

interface QueryWord {
  text: string;
  exactOnly: boolean;
  expansions: Expansion[];
}

interface DocState {
  /** Extra weight for query words found side by side. */
  pairs: number;
  /** Per query word: its best weight in this article (0 when it does not match). */
  best: number[];
  /** Per query word: the fields it matched in. */
  fields: number[];
  /** Per headed section whose heading matched: per query word, the best quality × rarity. */
  sections: Map<number, number[]>;
}

export class Searcher {
  private readonly termIds: Map<string, number>;
  private readonly decoded: (Posting[] | undefined)[];
  private readonly matcher: WordMatcher;
  private readonly joins: PhraseJoins;
  private readonly synonyms: Map<string, string[]>;

  constructor(private readonly index: SerializedIndex) {
    this.termIds = new Map(index.terms.map((term, id) => [term, id]));
    this.decoded = new Array(index.terms.length);
    this.matcher = new WordMatcher(index.words, index.wordTerms);
    this.joins = phraseJoins(index.vocabulary.phrases);
    this.synonyms = new Map();
    for (const group of index.vocabulary.synonyms) {
      const words = group.map((word) => normalize(word).replace(/[^a-z0-9_]+/g, ""));
      for (const word of words) this.synonyms.set(toTerm(word), words.filter((other) => other !== word));
    }
  }

  get size(): number {
    return this.index.docs.length;
  }

  search(rawQuery: string, limit = 10): SearchResult[] {
    const words = this.parse(rawQuery);
    if (words.length === 0) return [];
    const docs = new Map<number, DocState>();

    words.forEach((word, position) => {
      for (const { term, quality } of word.expansions) {
        const weightOfTerm = quality * this.rarity(term);
        for (const posting of this.postings(term)) {
          const weight = fieldWeight(posting.fields, word.exactOnly) * weightOfTerm;
          let state = docs.get(posting.doc);
          if (!state) {
            state = { pairs: 0, best: new Array<number>(words.length).fill(0), fields: new Array<number>(words.length).fill(0), sections: new Map() };
            docs.set(posting.doc, state);
          }
          if (weight > state.best[position]!) state.best[position] = weight;
          state.fields[position]! |= posting.fields;
          for (const section of posting.sections ?? []) {
            let perWord = state.sections.get(section);
            if (!perWord) state.sections.set(section, (perWord = new Array<number>(words.length).fill(0)));
            if (weightOfTerm > perWord[position]!) perWord[position] = weightOfTerm;
          }
        }
      }
    });

    for (let i = 0; i + 1 < words.length; i += 1) {
      const term = this.termIds.get(pairTerm(words[i]!.text, words[i + 1]!.text));
      if (term === undefined) continue;
      const weightOfTerm = PAIR_WEIGHT * this.rarity(term);
      for (const posting of this.postings(term)) {
        const state = docs.get(posting.doc);
        if (state) state.pairs += fieldWeight(posting.fields, false) * weightOfTerm;
      }
    }

    const ranked = [...docs.entries()]
      .map(([doc, state]) => ({
        doc,
        state,
        matched: state.best.filter((weight) => weight > 0).length,
        score: (state.best.reduce((sum, weight) => sum + weight, 0) + state.pairs) * togetherBonus(state.fields),
      }))
      .sort((a, b) => b.matched - a.matched || b.score - a.score || a.doc - b.doc)
      .slice(0, limit);

    const highlights = [...new Set(words.flatMap((word) => [word.text, ...word.expansions.map((expansion) => expansion.word)]))];
    return ranked.map(({ doc, state, score }) => this.result(doc, state, score, highlights));
  }

  /** Query text → words to match, each with the terms that may satisfy it. */
  private parse(rawQuery: string): QueryWord[] {
    const text = normalize(rawQuery.slice(0, MAX_QUERY_LENGTH));
    const stillTyping = !/\s$/.test(rawQuery);
    const tokens: string[] = [];
    for (const [token] of text.matchAll(/[a-z0-9]+(?:_[a-z0-9]+)*/g)) {
      // A code the index does not know ("rate_limit_exceded") falls back to its words.
      if (isCode(token) && !this.termIds.has(token)) tokens.push(...token.split("_"));
      else tokens.push(token);
    }
    const joined = joinPhrases(tokens, this.joins, false);
    const meaningful = joined.filter((token) => !STOP_WORDS.has(token));
    const chosen = [...new Set(meaningful.length > 0 ? meaningful : joined)].slice(0, MAX_WORDS);
    return chosen.map((token, position) => this.expand(token, stillTyping && position === chosen.length - 1 && token === joined.at(-1)));
  }

  private expand(token: string, isLast: boolean): QueryWord {
    const exactOnly = isNumber(token) || isCode(token);
    const expansions = new Map<number, Expansion>();
    const add = (term: number | undefined, quality: number, word: string) => {
      if (term === undefined) return;
      const known = expansions.get(term);
      if (!known || known.quality < quality) expansions.set(term, { term, quality, word });
    };
    const exact = this.termIds.get(toTerm(token));
    add(exact, QUALITY.exact, token);
    if (!exactOnly) {
      for (const synonym of this.synonyms.get(toTerm(token)) ?? []) add(this.termIds.get(toTerm(synonym)), QUALITY.synonym, synonym);
      let completions = 0;
      if (token.length >= 3 || (isLast && token.length >= 2)) {
        for (const match of this.matcher.prefix(token, PREFIX_EXPANSIONS)) {
          if (match.word !== token) completions += 1;
          add(match.term, QUALITY.prefix + (1 - QUALITY.prefix) * 0.5 * match.similarity, match.word);
        }
      }
      // A word the index knows, or the start of one, is not a typo.
      if (exact === undefined && completions === 0) {
        for (const match of this.matcher.fuzzy(token).slice(0, TYPO_EXPANSIONS)) add(match.term, QUALITY.typo * match.similarity, match.word);
      }
    }
    return { text: token, exactOnly, expansions: [...expansions.values()] };
  }

  /** Inverse document frequency: a word in every article tells little. */
  private rarity(term: number): number {
    return Math.log(1 + this.index.docs.length / Math.max(1, this.postings(term).length));
  }

  private postings(term: number): Posting[] {
    const cached = this.decoded[term];
    if (cached) return cached;
    const flat = this.index.postings[term] ?? [];
    const list: Posting[] = [];
    let doc = 0;
    for (let i = 0; i < flat.length; ) {
      doc += flat[i++]!;
      const fields = flat[i++]!;
      let sections: number[] | null = null;
      if (fields & FIELD.headings) {
        const count = flat[i++]!;
        sections = flat.slice(i, i + count);
        i += count;
      }
      list.push({ doc, fields, sections });
    }
    this.decoded[term] = list;
    return list;
  }

  /**
   * The section to link to: the heading that matched the query best. None when the title already
   * covers every word a heading matched: then the article's top is the better landing.
   */
  private bestSection(doc: number, state: DocState): number | undefined {
    const depth = (section: number) => this.index.sections[doc]?.[section]?.[2] ?? 9;
    let best: number | undefined;
    let bestScore = 0;
    for (const [section, perWord] of state.sections) {
      const addsToTitle = perWord.some((weight, position) => weight > 0 && !(state.fields[position]! & FIELD.title));
      if (!addsToTitle) continue;
      const score = perWord.reduce((sum, weight) => sum + weight, 0);
      // On a tie, the broader heading (a solution step rather than one of its details), then the earlier.
      const better =
        best === undefined || score > bestScore || (score === bestScore && (depth(section) < depth(best) || (depth(section) === depth(best) && section < best)));
      if (better) {
        best = section;
        bestScore = score;
      }
    }
    return best;
  }

  private result(doc: number, state: DocState, score: number, highlights: string[]): SearchResult {
    const [slug, title, summary, url] = this.index.docs[doc]!;
    const bestSection = this.bestSection(doc, state);
    const section = bestSection === undefined ? undefined : this.index.sections[doc]?.[bestSection];
    return {
      slug,
      title,
      summary,
      url: section ? `${url}#${section[0]}` : url,
      section: section ? section[1] : null,
      score: Math.round(score * 1000) / 1000,
      highlights,
    };
  }
}

function fieldWeight(fields: number, exactOnly: boolean): number {
  if (exactOnly && fields & FIELD.codes) return DECLARED_CODE_WEIGHT;
  let best = 0;
  let total = 0;
  for (const [bit, weight] of FIELD_WEIGHTS) {
    if (!(fields & bit)) continue;
    total += weight;
    if (weight > best) best = weight;
  }
  // The best field counts fully; each further field adds a little.
  return best + 0.2 * (total - best);
}

/** Fields where words found together mean the article is about them, and how much that adds. */
const TOGETHER_BONUS: [number, number][] = [
  [FIELD.title, 0.6],
  [FIELD.symptoms, 0.6],
  [FIELD.headings, 0.4],
  [FIELD.summary, 0.3],
];

/** "requests blocked" both in one symptom beats "requests" in a title and "blocked" in prose. */
function togetherBonus(fieldsPerWord: number[]): number {
  if (fieldsPerWord.length < 2) return 1;
  const common = fieldsPerWord.reduce((shared, fields) => shared & fields);
  const bonus = TOGETHER_BONUS.find(([bit]) => common & bit);
  return bonus ? 1 + bonus[1] : 1;
}
