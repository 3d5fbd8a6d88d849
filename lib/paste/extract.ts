import { readHeaderLines, readHeaders } from "./headers";
import { readJsonFindings } from "./json-fields";
import { findKeywords } from "./keywords";
import { parseLooseObjects } from "./loose-json";
import { findKnownCodes } from "./platform-codes";
import { findStatusEvidence, mergeEvidence } from "./statuses";
import { findExceptionMessage, findLooseMessage, findRequestIds, findRetryPhrase, findTimestamps } from "./text-scan";
import type { ErrorDetails, ExtractOptions, RateLimitWindow, StatusEvidence } from "./types";
import { redactSecrets } from "../redact";

export { describeErrorDetails, summarizeErrorDetails } from "./describe";
export type { ErrorDetails } from "./types";

/**
 * Longest paste read. Error output worth reading fits well within it (a curl -i response, a stack
 * trace); beyond, the rest is cut before any parsing so the work stays bounded on the main thread.
 */
export const MAX_PASTE_CHARS = 20_000;

const unique = <T>(items: readonly T[]) => [...new Set(items)];

/**
 * Everything recognizable in a pasted error: statuses, platform codes, rate-limit headers, request
 * ids, timestamps, the message, and plain-language keywords. Pure and synchronous: it runs in the
 * browser as the user types, and never throws.
 */
export function extractErrorDetails(text: string, options: ExtractOptions): ErrorDetails {
  const truncated = text.length > MAX_PASTE_CHARS;
  const input = truncated ? text.slice(0, MAX_PASTE_CHARS) : text;
  const known = new Set(options.knownCodes);

  const json = readJsonFindings(parseLooseObjects(input));
  const found = readHeaders([...readHeaderLines(input), ...json.headers]);
  const keywords = findKeywords(input);

  const evidence = mergeEvidence([
    ...findStatusEvidence(input).map((item, index) => ({ ...item, index })),
    // JSON fields were read from the parsed structure, so they rank with the regex "field" finds.
    ...json.statuses.map((status): StatusEvidence & { index: number } => ({
      status,
      certainty: "field",
      source: `"status": ${status}`,
      index: Number.MAX_SAFE_INTEGER,
    })),
  ]);
  // Words count only when the paste states no status: next to a stated 402, "requests are blocked"
  // describes that 402, it is not a hint of a 403.
  if (evidence.length === 0) {
    const guessed = new Set<number>();
    const strong = keywords.filter((word) => !word.weak && word.status !== undefined);
    for (const { keyword, status } of strong.length > 0 ? strong : keywords) {
      if (status === undefined || guessed.has(status)) continue;
      guessed.add(status);
      evidence.push({ status, certainty: "keyword", source: keyword });
    }
  }

  const codes = unique([...json.codes, ...findKnownCodes(input, known)]);
  const hintedCodes = unique(keywords.flatMap(({ code }) => (code && known.has(code) && !codes.includes(code) ? [code] : [])));

  // Everything quoted back from the paste is redacted here, once, so no caller can show a key:
  // a status's source line, the message, request ids and header values all come from user text.
  const headers = Object.fromEntries(Object.entries(found.headers).map(([name, value]) => [name, redactSecrets(value)]));
  return {
    statuses: evidence.map((item) => item.status),
    statusEvidence: evidence.map((item) => ({ ...item, source: redactSecrets(item.source) })),
    codes,
    hintedCodes,
    errorTypes: unique(json.types),
    retryAfterSeconds: found.retryAfterSeconds ?? json.retryAfterSeconds ?? findRetryPhrase(input),
    rateLimit: mainWindow(found.rateLimits),
    rateLimits: found.rateLimits,
    wwwAuthenticate: found.wwwAuthenticate === undefined ? undefined : redactSecrets(found.wwwAuthenticate),
    requestIds: unique([...found.requestIds, ...json.requestIds, ...findRequestIds(input)].map(redactSecrets)),
    timestamps: unique(findTimestamps(input)),
    message: redactMessage(json.message ?? findLooseMessage(input) ?? findExceptionMessage(input)),
    keywords: keywords.map(({ keyword }) => keyword),
    headers,
    truncated,
  };
}

const redactMessage = (message: string | undefined) => (message === undefined ? undefined : redactSecrets(message));

/** The window behind a 429 is the one at zero; otherwise requests, the platform's first limit. */
function mainWindow(windows: Record<string, RateLimitWindow>): RateLimitWindow {
  const all = Object.values(windows);
  return (
    all.find((window) => window.remaining === 0) ?? windows["requests"] ?? windows["default"] ?? all[0] ?? { variant: "default" }
  );
}
