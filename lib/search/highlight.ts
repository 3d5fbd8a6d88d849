import { normalizedOf, termOf } from "./term-cache";
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
  const isMatch = (word: string) => terms.has(termOf(word)) || prefixes.some((prefix) => word.startsWith(prefix));
  // Two words can only make up a highlight word that starts as the first does: most pairs are never
  // joined, folded and stemmed (each pair is a new string, so the caches rarely help).
  const joinedStarts = [...highlights, ...terms].filter((word) => word.length >= 3).map((word) => word.slice(0, 3));
  const mayJoin = (first: string) => joinedStarts.some((start) => first.startsWith(start) || start.startsWith(first));
  const words = [...text.matchAll(/[\p{L}\p{N}_']+/gu)];
  const segments: Segment[] = [];
  let last = 0;
  const mark = (start: number, end: number) => {
    if (start > last) segments.push({ text: text.slice(last, start), match: false });
    segments.push({ text: text.slice(start, end), match: true });
    last = end;
  };
  for (let i = 0; i < words.length; i += 1) {
    const word = words[i]!;
    const next = words[i + 1];
    const end = word.index + word[0].length;
    const first = normalizedOf(word[0]);
    if (next && mayJoin(first) && /^[ -]$/.test(text.slice(end, next.index)) && terms.has(termOf(normalizedOf(word[0] + next[0])))) {
      mark(word.index, next.index + next[0].length);
      i += 1;
    } else if (isMatch(first)) {
      mark(word.index, end);
    }
  }
  if (last < text.length) segments.push({ text: text.slice(last), match: false });
  return segments;
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
