import { normalizedOf, remembered, termOf } from "./term-cache";
import { isCode, rawTokens, STOP_WORDS, wordParts } from "./text";

export interface Segment {
  text: string;
  match: boolean;
}

/**
 * Splits display text into plain and matched segments for <mark>. A word matches when it has the
 * same term as a highlight word ("requests" for "request") or starts with one (as typed: "budg").
 * Two words side by side match together when they make up a highlight word: search reads the
 * phrase "rate limit" as the one word "ratelimit", and "Rate limit" in a title should show it.
 */
export function highlightSegments(text: string, highlights: readonly string[]): Segment[] {
  if (highlights.length === 0 || text === "") return [{ text, match: false }];
  const terms = new Set(highlights.map(termOf));
  const prefixes = highlights.filter((word) => word.length >= 2);
  const isMatch = (word: Word) => terms.has(word.term) || prefixes.some((prefix) => word.normalized.startsWith(prefix));
  // Two words can only make up a highlight word that starts as the first does: most pairs are never
  // joined, folded and stemmed.
  const joinedStarts = [...highlights, ...terms].filter((word) => word.length >= 3).map((word) => word.slice(0, 3));
  const mayJoin = (first: string) => joinedStarts.some((start) => first.startsWith(start) || start.startsWith(first));
  const words = wordsOf(text);
  const segments: Segment[] = [];
  let last = 0;
  const mark = (start: number, end: number) => {
    if (start > last) segments.push({ text: text.slice(last, start), match: false });
    segments.push({ text: text.slice(start, end), match: true });
    last = end;
  };
  for (let i = 0; i < words.length; i += 1) {
    const word = words[i]!;
    if (word.joinsNext && mayJoin(word.normalized) && terms.has(joinedTerm(text, words, i))) {
      mark(word.start, words[i + 1]!.end);
      i += 1;
    } else if (isMatch(word)) {
      mark(word.start, word.end);
    }
  }
  if (last < text.length) segments.push({ text: text.slice(last), match: false });
  return segments;
}

interface Word {
  start: number;
  end: number;
  normalized: string;
  term: string;
  /** Only a space or a hyphen stands between this word and the next: the two may read as one. */
  joinsNext: boolean;
  /** The term of this word and the next written together, once asked for. */
  joined?: string;
}

/**
 * A text's words, folded and stemmed, read once per text rather than on every keystroke: typing a
 * letter mostly shows the same results again, and re-reading their titles and summaries was most
 * of highlighting's time. Bounded like the term caches.
 */
const wordsOf = remembered((text: string): Word[] => {
  const found = [...text.matchAll(/[\p{L}\p{N}_']+/gu)];
  return found.map((match, i) => {
    const end = match.index + match[0].length;
    const next = found[i + 1];
    const normalized = normalizedOf(match[0]);
    return { start: match.index, end, normalized, term: termOf(normalized), joinsNext: next !== undefined && /^[ -]$/.test(text.slice(end, next.index)) };
  });
}, 2000);

function joinedTerm(text: string, words: Word[], i: number): string {
  const word = words[i]!;
  const next = words[i + 1]!;
  word.joined ??= termOf(normalizedOf(text.slice(word.start, word.end) + text.slice(next.start, next.end)));
  return word.joined;
}

/**
 * The words to highlight in results that came without highlight words (the server's, shown while
 * the index loads): the query's own words, lowercased, with a code's or a camelCase name's parts,
 * stop words left out unless nothing else is left, and each pair side by side joined. Completions and typo fixes the local search
 * would add are not known here; a word being typed still marks the words it starts.
 */
export function queryHighlights(query: string): string[] {
  const words = rawTokens(query).flatMap((raw) => [raw.toLowerCase(), ...(wordParts(raw) ?? [])]);
  const meaningful = words.filter((word) => !STOP_WORDS.has(word));
  const chosen = meaningful.length > 0 ? meaningful : words;
  // Each two words side by side as one too: the searcher reads "rate limit" as "ratelimit", and
  // `highlightSegments` then marks "Rate limit" (or "rate-limit") as one phrase, as for local results.
  const pairs = chosen.slice(1).flatMap((word, i) => (isCode(word) || isCode(chosen[i]!) ? [] : [chosen[i] + word]));
  return [...new Set([...chosen, ...pairs])];
}
