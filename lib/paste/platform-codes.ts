const SNAKE_CASE = /^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$/;
const SCREAMING_SNAKE_CASE = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/;

/**
 * A JSON `code` value as a platform-style code, or undefined. `RATE_LIMIT_EXCEEDED` (constants in
 * SDKs) reads as `rate_limit_exceeded`; prose and numbers are not codes.
 */
export function asCode(value: string): string | undefined {
  const trimmed = value.trim();
  if (trimmed.length > 64) return undefined;
  if (SNAKE_CASE.test(trimmed)) return trimmed;
  if (SCREAMING_SNAKE_CASE.test(trimmed)) return trimmed.toLowerCase();
  return undefined;
}

// Whole words only, so `not_found` is not found inside `model_not_found`. One character class,
// no nesting: linear on any input.
const WORD = /[A-Za-z0-9_]+/g;

/** Known codes written anywhere (messages, URLs such as doc_url, constants), in order of appearance. */
export function findKnownCodes(text: string, known: ReadonlySet<string>): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(WORD)) {
    const word = match[0];
    if (word.length > 64 || !word.includes("_")) continue;
    const lower = word.toLowerCase();
    if (known.has(lower)) found.push(lower);
  }
  return found;
}
