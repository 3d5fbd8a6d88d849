import { articlePath } from "../routes";
import { Adjacency } from "./adjacency";
import { PostingStore } from "./postings";
import { parseQuery, type QueryContext, type QueryWord } from "./query";
import { fieldWeight, togetherBonus } from "./scoring";
import { termOf } from "./term-cache";
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

/** Words `warmUpQueries` makes queries of: enough for V8 to optimize the engine's hot functions. */
const WARM_UP_WORDS = 8;

/**
 * What one query found: for each article it touched, each query word's best weight and the fields
 * it matched in, in flat typed arrays (article × word), so that a query over thousands of
 * postings allocates almost nothing per article. Heading matches are kept per section.
 */
class Matches {
  readonly docs: number[] = [];
  readonly best: Float64Array;
  readonly fields: Uint8Array;
  private readonly seen: Uint8Array;
  /** Per article, per headed section whose heading matched: per query word, the best quality × rarity. */
  readonly sections = new Map<number, Map<number, Float64Array>>();

  constructor(
    docCount: number,
    readonly width: number,
  ) {
    this.best = new Float64Array(docCount * width);
    this.fields = new Uint8Array(docCount * width);
    this.seen = new Uint8Array(docCount);
  }

  add(doc: number, word: number, weight: number, fields: number): void {
    if (!this.seen[doc]) {
      this.seen[doc] = 1;
      this.docs.push(doc);
    }
    const slot = doc * this.width + word;
    if (weight > this.best[slot]!) this.best[slot] = weight;
    this.fields[slot]! |= fields;
  }

  addSection(doc: number, section: number, word: number, weight: number): void {
    let perSection = this.sections.get(doc);
    if (!perSection) this.sections.set(doc, (perSection = new Map()));
    let perWord = perSection.get(section);
    if (!perWord) perSection.set(section, (perWord = new Float64Array(this.width)));
    if (weight > perWord[word]!) perWord[word] = weight;
  }

  /**
   * The `count` best articles, best first: every word matched before some, then by score, then by
   * position. A query over common words touches most articles; ranking objects are made only for
   * the few that enter the lead, not one per article (with their sort, the garbage of each
   * keystroke on a phone).
   */
  leading(count: number): Ranked[] {
    const kept: Ranked[] = [];
    for (const doc of this.docs) {
      let matched = 0;
      let sum = 0;
      let shared = ~0;
      for (let word = 0, slot = doc * this.width; word < this.width; word += 1, slot += 1) {
        if (this.best[slot]! > 0) matched += 1;
        sum += this.best[slot]!;
        shared &= this.fields[slot]!;
      }
      const score = sum * togetherBonus(this.width, shared);
      if (kept.length === count && !ranksBefore(matched, score, doc, kept[count - 1]!)) continue;
      let low = 0;
      let high = kept.length;
      while (low < high) {
        const mid = (low + high) >>> 1;
        if (ranksBefore(matched, score, doc, kept[mid]!)) high = mid;
        else low = mid + 1;
      }
      kept.splice(low, 0, { doc, matched, score });
      if (kept.length > count) kept.pop();
    }
    return kept;
  }

  fieldsOf(doc: number, word: number): number {
    return this.fields[doc * this.width + word]!;
  }
}

interface Ranked {
  doc: number;
  matched: number;
  score: number;
}

/** Whether an article with this standing ranks before `other`: more query words matched, then a higher score, then earlier. */
function ranksBefore(matched: number, score: number, doc: number, other: Ranked): boolean {
  return matched !== other.matched ? matched > other.matched : score !== other.score ? score > other.score : doc < other.doc;
}

/** The same order as a comparator, for sorting the lead once side-by-side bonuses are added. */
const byRank = (a: Ranked, b: Ranked) => (a.doc === b.doc ? 0 : ranksBefore(a.matched, a.score, a.doc, b) ? -1 : 1);

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
    this.context = {
      termIds: this.termIds,
      // Only codes some article declares: a name must never lead to a code that finds nothing.
      codeNames: new Map(
        (index.vocabulary.codeNames ?? []).filter(([, code]) => this.termIds.has(code)).map(([name, code]) => [tokenize(name).join(" "), code]),
      ),
      matcher: new WordMatcher(index.words, (word) => this.termIds.get(termOf(word)) ?? -1),
      joins: phraseJoins(index.vocabulary.phrases),
      synonyms,
      rarity,
    };
    this.adjacency = new Adjacency(index, this.termIds, rarity);
  }

  /** Work a first typo would otherwise do inside a keystroke (the typo filter's map); for idle time in the browser. */
  warm(): void {
    this.context.matcher.warm();
  }

  /**
   * Searches of each kind (completion, two words side by side, typo) to run and drop in idle time, so
   * the engine's code is compiled and optimized by the time someone types rather than run cold by the
   * first keystrokes: on a throttled phone, the first typo and the first two-word query of a session
   * were its slowest keystrokes. Rankings do not depend on them.
   */
  warmUpQueries(): string[] {
    const long = this.index.words.filter((word) => word.length >= 8 && /^[a-z]+$/.test(word)).slice(0, WARM_UP_WORDS);
    return long.flatMap((word) => [word.slice(0, 3), `${word} ${word.slice(0, 4)}`, word.slice(0, 2) + word[3] + word[2] + word.slice(4)]);
  }

  get size(): number {
    return this.index.docs.length;
  }

  search(rawQuery: string, limit = 10): SearchResult[] {
    const words = parseQuery(rawQuery, this.context);
    if (words.length === 0) return [];
    const matches = this.collect(words);
    const leading = matches.leading(Math.max(limit, ADJACENCY_CANDIDATES));
    for (const candidate of leading) candidate.score += this.adjacency.bonus(candidate.doc, words);
    const highlights = [...new Set(words.flatMap((word) => [word.text, ...word.expansions.map((expansion) => expansion.word)]))];
    return leading
      .sort(byRank)
      .slice(0, limit)
      .map(({ doc, score }) => this.result(doc, matches, score, highlights));
  }

  /** Walks each expansion's postings once, keeping per article the best weight of each word. */
  private collect(words: readonly QueryWord[]): Matches {
    const matches = new Matches(this.index.docs.length, words.length);
    words.forEach((word, position) => {
      for (const { term, quality, rarityCap } of word.expansions) {
        const weightOfTerm = quality * Math.min(this.rarity(term), rarityCap ?? Infinity);
        this.postings.forEach(term, (doc, fields, sections, from, count) => {
          matches.add(doc, position, fieldWeight(fields, word.exactOnly) * weightOfTerm, fields);
          for (let i = from; i < from + count; i += 1) matches.addSection(doc, sections[i]!, position, weightOfTerm);
        });
      }
    });
    return matches;
  }

  /** Inverse document frequency: a word in every article tells little. */
  private rarity(term: number): number {
    return Math.log(1 + this.index.docs.length / Math.max(1, this.postings.count(term)));
  }

  /**
   * The section to link to: the heading that matched the query best. None when the title already
   * covers every word a heading matched: then the article's top is the better landing.
   */
  private bestSection(doc: number, matches: Matches): number | undefined {
    const depth = (section: number) => this.index.sections[doc]?.[section]?.[2] ?? 9;
    let best: number | undefined;
    let bestScore = 0;
    for (const [section, perWord] of matches.sections.get(doc) ?? []) {
      const addsToTitle = perWord.some((weight, position) => weight > 0 && !(matches.fieldsOf(doc, position) & FIELD.title));
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

  private result(doc: number, matches: Matches, score: number, highlights: string[]): SearchResult {
    const [slug, title, summary] = this.index.docs[doc]!;
    const url = articlePath(slug);
    const bestSection = this.bestSection(doc, matches);
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
