import { normalize, toTerm } from "./text";

export interface Segment {
  text: string;
  match: boolean;
}

/**
 * Splits display text into plain and matched segments for <mark>. A word matches when it has the
 * same term as a highlight word ("requests" for "request") or starts with one (as typed: "budg").
 */
export function highlightSegments(text: string, highlights: readonly string[]): Segment[] {
  if (highlights.length === 0 || text === "") return [{ text, match: false }];
  const terms = new Set(highlights.map(toTerm));
  const prefixes = highlights.filter((word) => word.length >= 2);
  const segments: Segment[] = [];
  let last = 0;
  for (const found of text.matchAll(/[\p{L}\p{N}_']+/gu)) {
    const word = normalize(found[0]);
    if (!terms.has(toTerm(word)) && !prefixes.some((prefix) => word.startsWith(prefix))) continue;
    if (found.index > last) segments.push({ text: text.slice(last, found.index), match: false });
    segments.push({ text: found[0], match: true });
    last = found.index + found[0].length;
  }
  if (last < text.length) segments.push({ text: text.slice(last), match: false });
  return segments;
}
