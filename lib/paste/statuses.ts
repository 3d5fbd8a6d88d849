import { isErrorStatus, isHttpStatus, reasonPhraseAt } from "./http-status";
import { CERTAINTIES, type Certainty, type StatusEvidence } from "./types";

/**
 * Finds HTTP statuses that the text states, never bare numbers: ports, line numbers, token counts,
 * durations, amounts, years and timestamps are all three-digit-or-more numbers too. Each pattern
 * needs context (a status line, a `status` field, "Error code:", a reason phrase, "returned …").
 *
 * Every quantifier is bounded and no group repeats another repeat, so each pattern does constant
 * work per starting position: no catastrophic backtracking, whatever is pasted.
 */

/**
 * Not part of a bigger number, a decimal, `429:12` (line:column), a word ("500px"), or a quantity
 * ("503 ms", "404 tokens"). A plural "s" is fine ("429s"). `(?!s)[a-z]`, not `[a-rt-z]`: patterns
 * are case-insensitive, where `A-Z` would match "s" too.
 */
const AFTER =
  "(?![0-9_]|[.,:][0-9]|(?!s)[A-Za-z]|s[A-Za-z0-9_]|[ \\t]{0,2}(?:ms|milliseconds?|secs?|seconds?|mins?|minutes?|hours?|hrs?|days?|" +
  "tokens?|bytes?|[kmg]i?b|chars?|characters?|words?|lines?|rows?|items?|records?|results?|times?|users?|calls?|" +
  "requests?|credits?|dollars?|usd|eur|px|%)(?![A-Za-z]))";
/** Not glued to a word, an amount ("$500"), a path, a port or a version. */
const BEFORE = "(?<![\\w$€£.,/\\\\:-])";
const CODE = "([1-5][0-9]{2})";
const ERROR_CODE = "([45][0-9]{2})";

interface Pattern {
  certainty: Certainty;
  regex: RegExp;
  /** Extra check on the match, for context a regex cannot express cheaply; returns the source to show. */
  accept?: (text: string, match: RegExpExecArray) => string | undefined;
}

const STATUS_KEYS =
  "status|status_code|statuscode|status-code|http_status|httpstatus|http_status_code|http_code|httpcode|" +
  "error_code|errorcode|response_code|responsecode";
const VERBS =
  "returned|returns|returning|return|got|gets|get|getting|received|receives|receiving|receive|" +
  "respond(?:s|ed)? with|throws|threw|throwing|throw|gives|gave|giving|give|hits|hitting|hit|" +
  "seeing|sees|saw|see|fail(?:s|ed|ing)? with|answer(?:s|ed)? with";
const FILLER = "an?|the|http|status|error|code|some|back|these|those|lots of|many|constant|random";

const PATTERNS: readonly Pattern[] = [
  // `HTTP/1.1 429 Too Many Requests`, `< HTTP/2 401`, and access logs: `"POST /v1/… HTTP/1.1" 502 157`.
  { certainty: "status-line", regex: new RegExp(`\\bHTTP/[0-9](?:\\.[0-9])?"?[ \\t]{1,3}${CODE}${AFTER}`, "gi") },
  // `"status": 429`, `statusCode: 401`, `status=503`, `'status_code': '500'`, and in structured logs
  // the same key with a prefix: `resp_status=429`, `upstream_status=502`, `"http.status":429`.
  {
    certainty: "field",
    regex: new RegExp(`(?<![A-Za-z0-9])["']?(?:${STATUS_KEYS})["']?[ \\t]{0,3}[:=][ \\t]{0,3}["']?${CODE}${AFTER}`, "gi"),
  },
  // A bare `code` is a field only when it looks like one (`"code": 429`, `code=429`, `{ code: 429 }`),
  // not in prose ("exit code: 137"), and only in the error range.
  {
    certainty: "field",
    regex: new RegExp(
      `(?:["']code["'][ \\t]{0,3}[:=]|(?<![\\w-])code=|(?:^|[{,])[ \\t]{0,16}code[ \\t]{0,3}:)[ \\t]{0,3}["']?${ERROR_CODE}${AFTER}`,
      "gim",
    ),
  },
  // "Error code: 429", "status code 401", "Request failed with status code 401", "response code: 403".
  {
    certainty: "message",
    regex: new RegExp(
      `\\b(?:error|status|response|http|return|result)[ _-]?code\\b[ \\t]{0,3}(?:[:=#][ \\t]{0,3})?${CODE}${AFTER}`,
      "gi",
    ),
  },
  // "HTTP 500", "HTTP Error 403: Forbidden", "http status 404", "status 404", "status of 500".
  {
    certainty: "message",
    regex: new RegExp(`\\bHTTP(?:[ _-]?(?:error|status))?[ \\t]{0,3}(?:[:#][ \\t]{0,3})?${CODE}${AFTER}`, "gi"),
  },
  { certainty: "message", regex: new RegExp(`\\bstatus[ \\t]{1,3}(?:of[ \\t]{1,3})?${CODE}${AFTER}`, "gi") },
  // Python requests: "429 Client Error: Too Many Requests for url: …".
  { certainty: "message", regex: new RegExp(`${BEFORE}${CODE}[ \\t]{1,3}(?:Client|Server)[ \\t]{1,3}Error`, "gi") },
  // A number followed by its own reason phrase: "429 Too Many Requests", "401 (Unauthorized)", "502 - Bad Gateway".
  {
    certainty: "message",
    regex: new RegExp(`${BEFORE}${CODE}[ \\t]{0,3}[-:(–]?[ \\t]{0,3}(?=[A-Za-z])`, "g"),
    accept: (text, match) => {
      const phrase = reasonPhraseAt(Number(match[1]), text.slice(match.index + match[0].length));
      return phrase && `${match[0]}${phrase}`;
    },
  },
  // "(429)" counts only on a line about an error or a retry, not in "max tokens (500)".
  {
    certainty: "message",
    regex: new RegExp(`\\(${ERROR_CODE}\\)`, "g"),
    accept: (text, match) => {
      const line = lineAround(text, match.index);
      return /error|fail|exception|status|http|denied|refused|rejected|retr(?:y|ies|ying)|rate.?limit/i.test(line) ? line : undefined;
    },
  },
  // "returned 503", "got a 401", "keep getting 429s", "fails with HTTP 500".
  {
    certainty: "mention",
    regex: new RegExp(`\\b(?:${VERBS})[ \\t]{1,3}(?:(?:${FILLER})[ \\t]{1,3}){0,3}${ERROR_CODE}${AFTER}`, "gi"),
  },
  // "error 403", "Error: 429", "RateLimitError: 429 Rate limit reached" (no \b: SDK class names end in Error),
  // and log lines: "POST /v1/embeddings failed: 429", "request failed (502)".
  { certainty: "mention", regex: new RegExp(`(?:error|exception)[ \\t]{0,3}(?:[:#][ \\t]{0,3})?${ERROR_CODE}${AFTER}`, "gi") },
  { certainty: "mention", regex: new RegExp(`\\b(?:failed|failure)[ \\t]{0,3}(?::[ \\t]{0,3}|\\()${ERROR_CODE}${AFTER}`, "gi") },
  // "502 errors", "lots of 429 responses", "a 403 status".
  {
    certainty: "mention",
    regex: new RegExp(`${BEFORE}${ERROR_CODE}s?[ \\t]{1,3}(?:errors?|responses?|status(?:es)?|status codes?|codes?)\\b`, "gi"),
  },
];

function lineAround(text: string, index: number): string {
  const start = text.lastIndexOf("\n", index) + 1;
  const end = text.indexOf("\n", index);
  return text.slice(start, end === -1 ? undefined : end);
}

interface Found extends StatusEvidence {
  index: number;
}

/** Every stated status, merged: one entry per status, most certain first (see `rankEvidence`). */
export function findStatusEvidence(text: string): StatusEvidence[] {
  const found: Found[] = [];
  for (const { certainty, regex, accept } of PATTERNS) {
    for (const match of text.matchAll(regex)) {
      const status = Number(match[1]);
      const source = accept ? accept(text, match) : match[0];
      if (!isHttpStatus(status) || !source) continue;
      found.push({ status, certainty, source: source.trim().slice(0, 80), index: match.index });
    }
  }
  return mergeEvidence(found);
}

const rank = (certainty: Certainty) => CERTAINTIES.indexOf(certainty);

/**
 * One entry per status, keeping its strongest evidence. Order: certainty, then error statuses before
 * others (a `301` followed by a `429` in `curl -iL`: the 429 is the problem), then first seen.
 */
export function mergeEvidence(found: readonly (StatusEvidence & { index: number })[]): StatusEvidence[] {
  const best = new Map<number, StatusEvidence & { index: number }>();
  for (const item of found) {
    const current = best.get(item.status);
    const better =
      !current ||
      rank(item.certainty) < rank(current.certainty) ||
      (rank(item.certainty) === rank(current.certainty) && item.index < current.index);
    if (better) best.set(item.status, item);
  }
  return [...best.values()]
    .sort(
      (a, b) =>
        rank(a.certainty) - rank(b.certainty) ||
        Number(isErrorStatus(b.status)) - Number(isErrorStatus(a.status)) ||
        a.index - b.index,
    )
    .map(({ status, certainty, source }) => ({ status, certainty, source }));
}
