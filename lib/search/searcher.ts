import { articlePath } from "../routes";
import { Adjacency } from "./adjacency";
import { PostingStore } from "./postings";
import { parseQuery, type QueryContext, type QueryWord } from "./query";
import { fieldWeight, togetherBonus } from "./scoring";
import { normalize, phraseJoins, tokenize, toTerm } from "./text";
import { FIELD, type SearchResult, type SerializedIndex } from "./types";
import { WordMatcher } from "./word-matcher";

/**
 * Query side of the search index; the same class ranks for the header box (in the browser), the
 * results page and the JSON API (on the server), so all three agree.
 *
 * Design (measured by `npm run bench:search`): retrieval is an inverted index, so a query touches
 * only the postings of its own terms, never every article. Each query word expands to terms (see
 * query.ts): exact, synonyms from content/search.yml, completions of the word being typed (binary
 * search over the sorted vocabulary) and, for words the index does not know, typo corrections (a
 * letter-pair filter over the vocabulary, then Fuse on that short list). Numbers and error codes
 * only ever match exactly: 429 never finds 492 or 4290.
 *
 * Ranking: articles matching more of the query words come first ("every word matched" before
 * partial matches), then by score: for each word, the best of quality × field weight × rarity,
 * raised when the words share a field, and for the leading few, when they stand side by side.
 */

/** Leading candidates that get the (costlier) side-by-side check before the final cut. */
const ADJACENCY_CANDIDATES = 30;

interface DocState {
  /** Per query word: its best weight in this article (0 when it does not match). */
  best: number[];
  /** Per query word: the fields it matched in. */
  fields: number[];
  /** Per headed section whose heading matched: per query word, the best quality × rarity. */
  sections: Map<number, number[]>;
}

interface Ranked {
  doc: number;
  state: DocState;
  matched: number;
  score: number;
}

export class Searcher {
  private readonly termIds: Map<string, number>;
  private readonly postings: PostingStore;
  private readonly context: QueryContext;
  private readonly adjacency: Adjacency;

  constructor(private readonly index: SerializedIndex) {
    this.termIds = new Map(index.terms.map((term, id) => [term, id]));
    this.postings = new PostingStore(index);
    const synonyms = new Map<string, string[]>();
    for (const group of index.vocabulary.synonyms) {
      const words = group.map((word) => normalize(word).replace(/[^a-z0-9_]+/g, ""));
      for (const word of words) synonyms.set(toTerm(word), words.filter((other) => other !== word));
    }
    const rarity = (term: number) => this.rarity(term);
    const wordTerms = index.words.map((word) => this.termIds.get(toTerm(word)) ?? -1);
    this.context = {
      termIds: this.termIds,
      // Only codes some article declares: a name must never lead to a code that finds nothing.
      codeNames: new Map(
        (index.vocabulary.codeNames ?? []).filter(([, code]) => this.termIds.has(code)).map(([name, code]) => [tokenize(name).join(" "), code]),
      ),
      matcher: new WordMatcher(index.words, wordTerms),
      joins: phraseJoins(index.vocabulary.phrases),
      synonyms,
      rarity,
    };
    this.adjacency = new Adjacency(index, this.termIds, rarity);
  }

  get size(): number {
    return this.index.docs.length;
  }

  search(rawQuery: string, limit = 10): SearchResult[] {
    const words = parseQuery(rawQuery, this.context);
    if (words.length === 0) return [];
    const docs = this.collect(words);
    const byRank = (a: Ranked, b: Ranked) => b.matched - a.matched || b.score - a.score || a.doc - b.doc;
    const leading = [...docs.entries()]
      .map(([doc, state]): Ranked => ({
        doc,
        state,
        matched: state.best.filter((weight) => weight > 0).length,
        score: state.best.reduce((sum, weight) => sum + weight, 0) * togetherBonus(state.fields),
      }))
      .sort(byRank)
      .slice(0, Math.max(limit, ADJACENCY_CANDIDATES));
    for (const candidate of leading) candidate.score += this.adjacency.bonus(candidate.doc, words);
    const highlights = [...new Set(words.flatMap((word) => [word.text, ...word.expansions.map((expansion) => expansion.word)]))];
    return leading
      .sort(byRank)
      .slice(0, limit)
      .map(({ doc, state, score }) => this.result(doc, state, score, highlights));
  }

  /** Walks each expansion's postings once, keeping per article the best weight of each word. */
  private collect(words: readonly QueryWord[]): Map<number, DocState> {
    const docs = new Map<number, DocState>();
    words.forEach((word, position) => {
      for (const { term, quality, rarityCap } of word.expansions) {
        const weightOfTerm = quality * Math.min(this.rarity(term), rarityCap ?? Infinity);
        for (const posting of this.postings.get(term)) {
          let state = docs.get(posting.doc);
          if (!state) {
            state = { best: new Array<number>(words.length).fill(0), fields: new Array<number>(words.length).fill(0), sections: new Map() };
            docs.set(posting.doc, state);
          }
          const weight = fieldWeight(posting.fields, word.exactOnly) * weightOfTerm;
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
    return docs;
  }

  /** Inverse document frequency: a word in every article tells little. */
  private rarity(term: number): number {
    return Math.log(1 + this.index.docs.length / Math.max(1, this.postings.get(term).length));
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
        best === undefined ||
        score > bestScore ||
        (score === bestScore && (depth(section) < depth(best) || (depth(section) === depth(best) && section < best)));
      if (better) {
        best = section;
        bestScore = score;
      }
    }
    return best;
  }

  private result(doc: number, state: DocState, score: number, highlights: string[]): SearchResult {
    const [slug, title, summary] = this.index.docs[doc]!;
    const url = articlePath(slug);
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
