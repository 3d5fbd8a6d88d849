/**
 * What the "Paste your error" box recognized in a paste. Every list is deduped and ordered most
 * certain first, so the UI can show the head of each and the matcher can trust the order.
 */

/**
 * How sure a status is, strongest first. Order matters: statuses are sorted by it, and the matcher
 * treats everything above "keyword" as explicit.
 * - status-line: `HTTP/1.1 429 Too Many Requests`, or the status after `"GET / HTTP/1.1"` in an access log
 * - field: `"status": 429`, `statusCode: 401`, `status=503`
 * - message: an error message that names the status (`Error code: 429`, `status code 401`,
 *   `429 Client Error`, `HTTP Error 403`, `429 Too Many Requests`, `(429)` on an error line)
 * - mention: a sentence that names it (`returned 503`, `got a 401`, `error 403`, `502 errors`)
 * - keyword: only implied by a word (`forbidden` → 403)
 */
export const CERTAINTIES = ["status-line", "field", "message", "mention", "keyword"] as const;
export type Certainty = (typeof CERTAINTIES)[number];

export interface StatusEvidence {
  status: number;
  certainty: Certainty;
  /** The text that gave it away, for "why do you think so?" in the UI. */
  source: string;
}

/** One family of `X-RateLimit-*` headers: `-Requests`, `-Tokens`, or none. */
export interface RateLimitWindow {
  /** "requests", "tokens", … (the header's suffix, lowercased) or "default" for `X-RateLimit-Limit`. */
  variant: string;
  limit?: number;
  remaining?: number;
  /** As sent: "20" (seconds), "1m30s", an epoch… The platform sends seconds until the window resets. */
  reset?: string;
}

export interface ErrorDetails {
  /** HTTP statuses, most certain first: explicit ones, then those only implied by keywords. */
  statuses: number[];
  /** Why each status is in `statuses`, same order. */
  statusEvidence: StatusEvidence[];
  /** Platform error codes: JSON `code`/`error` values first (known or not), then known codes found anywhere. */
  codes: string[];
  /** Codes only suggested by words ("my account is locked" → account_locked); weaker than `codes`. */
  hintedCodes: string[];
  /** JSON `type` values such as `rate_limit_error`. */
  errorTypes: string[];
  /** Seconds to wait: Retry-After header, then a `retry_after` field, then "retry after 20 seconds". */
  retryAfterSeconds?: number;
  /** The window most likely behind a 429: the exhausted one, else requests, else the first seen. */
  rateLimit: RateLimitWindow;
  /** Every `X-RateLimit-*` family seen, keyed by variant. */
  rateLimits: Record<string, RateLimitWindow>;
  wwwAuthenticate?: string;
  requestIds: string[];
  /** ISO 8601 and RFC 1123 (HTTP `Date`) timestamps, as written. */
  timestamps: string[];
  /** The human error message: JSON `message`/`detail`, else the exception's text. */
  message?: string;
  /** Phrases from plain sentences that suggested a status or code, e.g. "forbidden". */
  keywords: string[];
  /** Response headers worth showing (lowercased names): rate limits, Retry-After, request id, Date… */
  headers: Record<string, string>;
  /** True when the paste was longer than the limit and only its start was read. */
  truncated: boolean;
}

export interface ExtractOptions {
  /**
   * Platform codes to recognize anywhere in the text: those `content/error-codes.yml` declares
   * (the paste catalogue the browser fetches carries them), so a code added there is recognized with no code change.
   */
  knownCodes: readonly string[];
}
