import { QUALITY } from "./scoring";
import { termOf } from "./term-cache";
import { isCode, isNumber, joinPhrases, rawTokens, STOP_WORDS, wordParts, type PhraseJoins } from "./text";
import { MAX_QUERY_LENGTH } from "./limits";
import type { WordMatcher } from "./word-matcher";

export interface Expansion {
  term: number;
  quality: number;
  word: string;
  /** A completion never counts as rarer than the word typed: "http" must not rank "httponly" first. */
  rarityCap?: number;
}

export interface QueryWord {
  text: string;
  /** Numbers and error codes: exact matches only, and a declared code weighs most. */
  exactOnly: boolean;
  expansions: Expansion[];
}

const MAX_WORDS = 12;
const PREFIX_EXPANSIONS = 12;
const TYPO_EXPANSIONS = 4;

export interface QueryContext {
  termIds: ReadonlyMap<string, number>;
  /** Error-code names by their normalized words ("too many requests" → "429"). */
  codeNames: ReadonlyMap<string, string>;
  matcher: WordMatcher;
  joins: PhraseJoins;
  synonyms: ReadonlyMap<string, readonly string[]>;
  rarity: (term: number) => number;
}

/**
 * Query text → the words to match, each with the terms that may satisfy it: the exact term, its
 * synonyms, completions of the word being typed, and typo corrections of words the index does
 * not know. Stop words are dropped unless nothing else is left.
 */
export function parseQuery(rawQuery: string, context: QueryContext): QueryWord[] {
  const text = rawQuery.slice(0, MAX_QUERY_LENGTH);
  const stillTyping = !/\s$/.test(text);
  const tokens: string[] = [];
  for (const raw of rawTokens(text)) {
    const token = raw.toLowerCase();
    // A code or camelCase name the index does not know ("rate_limit_exceded", "RateLimitError")
    // falls back to its words.
    const parts = context.termIds.has(termOf(token)) ? null : wordParts(raw);
    tokens.push(...(parts ?? [token]));
  }
  const joined = joinPhrases(replaceCodeNames(tokens, context.codeNames), context.joins, false);
  const meaningful = joined.filter((token) => !STOP_WORDS.has(token));
  const chosen = [...new Set(meaningful.length > 0 ? meaningful : joined)].slice(0, MAX_WORDS);
  const last = joined.at(-1);
  return chosen.map((token, position) => expand(token, stillTyping && position === chosen.length - 1 && token === last, context));
}

function expand(token: string, isLast: boolean, context: QueryContext): QueryWord {
  const exactOnly = isNumber(token) || isCode(token);
  const expansions = new Map<number, Expansion>();
  const add = (term: number | undefined, quality: number, word: string, rarityCap?: number) => {
    if (term === undefined) return;
    const known = expansions.get(term);
    if (!known || known.quality < quality) expansions.set(term, { term, quality, word, rarityCap });
  };
  const exact = context.termIds.get(termOf(token));
  add(exact, QUALITY.exact, token);
  if (!exactOnly) {
    for (const synonym of context.synonyms.get(termOf(token)) ?? []) add(context.termIds.get(termOf(synonym)), QUALITY.synonym, synonym);
    // Complete the word being typed, or a fragment the index does not know ("budg alerts").
    let completions = 0;
    if ((isLast && token.length >= 2) || (exact === undefined && token.length >= 3)) {
      const cap = exact === undefined ? undefined : context.rarity(exact);
      for (const match of context.matcher.prefix(token, PREFIX_EXPANSIONS)) {
        if (match.word !== token) completions += 1;
        add(match.term, QUALITY.prefix + (1 - QUALITY.prefix) * 0.5 * match.similarity, match.word, cap);
      }
    }
    // A word the index knows, or the start of one, is not a typo.
    if (exact === undefined && completions === 0) {
      for (const match of context.matcher.fuzzy(token).slice(0, TYPO_EXPANSIONS)) add(match.term, QUALITY.typo * match.similarity, match.word);
    }
  }
  return { text: token, exactOnly, expansions: [...expansions.values()] };
}

const LONGEST_CODE_NAME = 4;

/** "429 Too Many Requests" and "too many requests" both search for 429: the longest name wins. */
function replaceCodeNames(tokens: readonly string[], codeNames: ReadonlyMap<string, string>): string[] {
  if (codeNames.size === 0) return [...tokens];
  const out: string[] = [];
  for (let i = 0; i < tokens.length; ) {
    let replaced = false;
    for (let length = Math.min(LONGEST_CODE_NAME, tokens.length - i); length >= 1 && !replaced; length -= 1) {
      const code = codeNames.get(tokens.slice(i, i + length).join(" "));
      if (code) {
        out.push(code);
        i += length;
        replaced = true;
      }
    }
    if (!replaced) out.push(tokens[i++]!);
  }
  return out;
}
