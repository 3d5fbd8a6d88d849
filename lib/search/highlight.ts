import { normalize, toTerm } from "./text";

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
  const terms = new Set(highlights.map(toTerm));
  const prefixes = highlights.filter((word) => word.length >= 2);
  const isMatch = (word: string) => terms.has(toTerm(word)) || prefixes.some((prefix) => word.startsWith(prefix));
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
    if (next && /^[ -]$/.test(text.slice(end, next.index)) && terms.has(toTerm(normalize(word[0] + next[0])))) {
      mark(word.index, next.index + next[0].length);
      i += 1;
    } else if (isMatch(normalize(word[0]))) {
      mark(word.index, end);
    }
  }
  if (last < text.length) segments.push({ text: text.slice(last), match: false });
  return segments;
}
