import { stemmer } from "stemmer";

/**
 * Text → search terms, shared by the index builder and the query side so both see the same terms.
 * A term is a Porter stem for words ("requests" → "request"), the digits for numbers ("429"), and
 * the whole code for platform codes ("rate_limit_exceeded", whose parts are terms too).
 */

/** Accents folded, apostrophes dropped so "can't" reads as one word "cant"; case kept. */
function fold(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/['’‘`]/g, "");
}

/** Lowercase, accents folded, apostrophes dropped. */
export function normalize(text: string): string {
  return fold(text).toLowerCase();
}

/** Words, numbers and snake_case codes as written, case kept for camelCase splitting. */
export function rawTokens(text: string): string[] {
  return fold(text).match(/[A-Za-z0-9]+(?:_[A-Za-z0-9]+)*/g) ?? [];
}

const MAX_CAMEL_NAME = 64;

/**
 * The words of a camelCase or PascalCase name, lowercased, or null for any other word:
 * "RateLimitError" → rate, limit, error; "HTTPSConnectionPool" → https, connection, pool. People
 * paste SDK exception names (`openai.RateLimitError`) and header names (`X-RateLimit-Reset`).
 */
export function camelParts(word: string): string[] | null {
  // No name is longer; the cap also bounds the split below on a pasted run of capitals.
  if (word.length > MAX_CAMEL_NAME || !/[a-z][A-Z]|[A-Z]{2}[a-z]{2}/.test(word)) return null;
  return (word.match(/[A-Z]{1,64}(?![a-z])|[A-Z]?[a-z]{1,64}|\d{1,64}/g) ?? []).map((part) => part.toLowerCase());
}

/** The words inside a token as written, lowercased: a snake_case code's or a camelCase name's; null for a plain word. */
export function wordParts(raw: string): string[] | null {
  return raw.includes("_") ? raw.toLowerCase().split("_") : camelParts(raw);
}

/** Words, numbers and snake_case codes, in order. A code or camelCase name also yields its parts. */
export function tokenize(text: string): string[] {
  const tokens: string[] = [];
  for (const raw of rawTokens(text)) tokens.push(raw.toLowerCase(), ...(wordParts(raw) ?? []));
  return tokens;
}

export const isNumber = (token: string) => /^\d+$/.test(token);
export const isCode = (token: string) => token.includes("_");

export function toTerm(token: string): string {
  return isNumber(token) || isCode(token) ? token : stemmer(token);
}

/**
 * Words too common to tell articles apart. They never count towards "every word matched", so
 * "why can't I log in" is judged on "log in". Besides English function words, the filler of
 * problem reports: "I keep seeing", "it suddenly says", "we hit". A query of nothing but these keeps them.
 */
export const STOP_WORDS = new Set(
  (
    "a about after again all am an and any are as at be been before being both but by can cant cannot could " +
    "did didnt do does doesnt doing dont for from get gets getting got had has have having he her here how " +
    "i if im in into is isnt it its ive just keep keeps me more my no not now of off on once only or other our " +
    "out over please same she should so some still such than that the their them then there these they this " +
    "those through to too under until up very was wasnt we were what when where which while who why will with " +
    "wont would you your yours " +
    "always anymore constantly every happen happened happening happens high hit hitting lots much " +
    "randomly really said say saying says see seeing seems shows showing sometimes suddenly tried try trying"
  ).split(" "),
);

/** Two-word phrases written as one term ("sign in" → "signin"), so "log in", "login" and "sign-in" meet. */
export type PhraseJoins = ReadonlyMap<string, string>;

export function phraseJoins(phrases: readonly (readonly [string, string])[]): PhraseJoins {
  return new Map(phrases.map(([phrase, term]) => [tokenize(phrase).join(" "), term]));
}

/**
 * Joins each pair that forms a phrase. The index keeps the parts too (for recall); a query drops
 * them, so "log in" is one word to match, not "log" plus a stop word.
 */
export function joinPhrases(tokens: readonly string[], joins: PhraseJoins, keepParts: boolean): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const joined = i + 1 < tokens.length ? joins.get(`${tokens[i]} ${tokens[i + 1]}`) : undefined;
    if (!joined) {
      out.push(tokens[i]!);
    } else if (keepParts) {
      out.push(tokens[i]!, joined);
    } else {
      out.push(joined);
      i += 1;
    }
  }
  return out;
}
