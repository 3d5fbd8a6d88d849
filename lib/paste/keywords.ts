import { REASON_PHRASES } from "./http-status";

/**
 * Words people use instead of numbers: "I keep getting forbidden", "it says unauthorized". Each
 * phrase suggests a status, a platform code, or both. These are guesses, so they only ever rank
 * after what the paste states explicitly.
 */
interface Meaning {
  status?: number;
  code?: string;
  /**
   * A word that names no cause, only an effect many causes share ("blocked": by a policy, a budget,
   * a rate limit). It counts only when no other word in the paste suggests a status.
   */
  weak?: true;
}

const TABLE: Record<string, Meaning> = {
  unauthorized: { status: 401 },
  unauthorised: { status: 401 },
  unauthenticated: { status: 401 },
  "not authenticated": { status: 401 },
  "invalid api key": { status: 401, code: "invalid_api_key" },
  "incorrect api key": { status: 401, code: "invalid_api_key" },
  "wrong api key": { status: 401, code: "invalid_api_key" },
  "missing api key": { status: 401, code: "missing_api_key" },
  "no api key": { status: 401, code: "missing_api_key" },
  "key was revoked": { status: 401, code: "api_key_revoked" },
  "key has been revoked": { status: 401, code: "api_key_revoked" },
  "revoked key": { status: 401, code: "api_key_revoked" },
  "key expired": { status: 401, code: "api_key_expired" },
  "key has expired": { status: 401, code: "api_key_expired" },
  "expired key": { status: 401, code: "api_key_expired" },
  forbidden: { status: 403 },
  "permission denied": { status: 403, code: "permission_denied" },
  "access denied": { status: 403, code: "permission_denied" },
  "not permitted": { status: 403 },
  "no permission": { status: 403, code: "permission_denied" },
  "don't have permission": { status: 403, code: "permission_denied" },
  "do not have permission": { status: 403, code: "permission_denied" },
  "insufficient scope": { status: 403, code: "insufficient_scope" },
  "missing scope": { status: 403, code: "insufficient_scope" },
  "ip not allowed": { status: 403, code: "ip_not_allowed" },
  // Access policies are what blocks requests outright, unless the sentence names what blocked them
  // ("blocked because the budget limit is reached"): then that word wins.
  blocked: { status: 403, weak: true },
  "payment required": { status: 402 },
  "budget exceeded": { status: 402, code: "budget_exceeded" },
  "exceeded budget": { status: 402, code: "budget_exceeded" },
  "exceeded our budget": { status: 402, code: "budget_exceeded" },
  "exceeded my budget": { status: 402, code: "budget_exceeded" },
  "exceeded the budget": { status: 402, code: "budget_exceeded" },
  "over budget": { status: 402, code: "budget_exceeded" },
  "hard limit": { status: 402, code: "budget_exceeded" },
  "spending limit": { status: 402, code: "budget_exceeded" },
  "spend limit": { status: 402, code: "budget_exceeded" },
  "spending cap": { status: 402, code: "budget_exceeded" },
  "budget limit": { status: 402, code: "budget_exceeded" },
  "budget cap": { status: 402, code: "budget_exceeded" },
  "budget reached": { status: 402, code: "budget_exceeded" },
  "budget was reached": { status: 402, code: "budget_exceeded" },
  "budget is reached": { status: 402, code: "budget_exceeded" },
  "budget has been reached": { status: 402, code: "budget_exceeded" },
  "reached our budget": { status: 402, code: "budget_exceeded" },
  "reached the budget": { status: 402, code: "budget_exceeded" },
  "reached its budget": { status: 402, code: "budget_exceeded" },
  "out of budget": { status: 402, code: "budget_exceeded" },
  "budget ran out": { status: 402, code: "budget_exceeded" },
  "budget exhausted": { status: 402, code: "budget_exceeded" },
  "out of credits": { status: 402, code: "budget_exceeded" },
  "ran out of credits": { status: 402, code: "budget_exceeded" },
  "no credits left": { status: 402, code: "budget_exceeded" },
  "too many requests": { status: 429, code: "rate_limit_exceeded" },
  "rate limit": { status: 429, code: "rate_limit_exceeded" },
  "rate limited": { status: 429, code: "rate_limit_exceeded" },
  "rate limiting": { status: 429, code: "rate_limit_exceeded" },
  throttled: { status: 429, code: "rate_limit_exceeded" },
  throttling: { status: 429, code: "rate_limit_exceeded" },
  "bad request": { status: 400 },
  "invalid request": { status: 400, code: "invalid_request" },
  malformed: { status: 400, code: "invalid_request" },
  "not found": { status: 404 },
  "model not found": { status: 404, code: "model_not_found" },
  "no such model": { status: 404, code: "model_not_found" },
  "does not exist": { status: 404 },
  "payload too large": { status: 413, code: "request_too_large" },
  "request too large": { status: 413, code: "request_too_large" },
  "entity too large": { status: 413, code: "request_too_large" },
  "content too large": { status: 413, code: "request_too_large" },
  unprocessable: { status: 422, code: "validation_error" },
  "validation error": { status: 422, code: "validation_error" },
  "validation failed": { status: 422, code: "validation_error" },
  "internal server error": { status: 500, code: "internal_error" },
  "internal error": { status: 500, code: "internal_error" },
  "server error": { status: 500 },
  "bad gateway": { status: 502, code: "bad_gateway" },
  "service unavailable": { status: 503, code: "service_unavailable" },
  unavailable: { status: 503 },
  overloaded: { status: 503 },
  "gateway timeout": { status: 504, code: "gateway_timeout" },
  "request timeout": { status: 408, code: "request_timeout" },
  "timed out": { status: 504 },
  "deadline exceeded": { status: 504 },
  timeout: { status: 504 },
  etimedout: { status: 504 },
  "invalid credentials": { code: "invalid_credentials" },
  "wrong password": { code: "invalid_credentials" },
  "incorrect password": { code: "invalid_credentials" },
  "invalid password": { code: "invalid_credentials" },
  "can't sign in": { code: "invalid_credentials" },
  "cannot sign in": { code: "invalid_credentials" },
  "can't log in": { code: "invalid_credentials" },
  "cannot log in": { code: "invalid_credentials" },
  "unable to sign in": { code: "invalid_credentials" },
  "unable to log in": { code: "invalid_credentials" },
  "login failed": { code: "invalid_credentials" },
  "account locked": { code: "account_locked" },
  "account is locked": { code: "account_locked" },
  "account has been locked": { code: "account_locked" },
  "locked out": { code: "account_locked" },
  "account suspended": { status: 403, code: "account_suspended" },
  "account is suspended": { status: 403, code: "account_suspended" },
  "account has been suspended": { status: 403, code: "account_suspended" },
  "feature not enabled": { status: 403, code: "feature_not_enabled" },
  "not enabled": { status: 403, code: "feature_not_enabled" },
  "feature is disabled": { status: 403, code: "feature_not_enabled" },
  "feature disabled": { status: 403, code: "feature_not_enabled" },
  "greyed out": { code: "feature_not_enabled" },
  "grayed out": { code: "feature_not_enabled" },
};

const escape = (phrase: string) => phrase.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** One alternation of literals, longest first so "rate limited" wins over "rate limit". */
const alternation = (phrases: readonly string[]) =>
  [...phrases]
    .map((phrase) => phrase.toLowerCase().replace(/[\s-]+/g, " "))
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join("|");

const PHRASES = new RegExp(`(?<![a-z0-9_'])(?:${alternation(Object.keys(TABLE))})(?![a-z0-9_])`, "g");

/**
 * A reason phrase right after a status number ("401 Unauthorized", "429 Client Error") is the status
 * itself, already counted; it is not a word from a sentence, so it is removed before looking.
 */
const REASON_AFTER_STATUS = new RegExp(
  `([0-9]{3}) ?[-:(]? ?(?:${alternation([...REASON_PHRASES, "client error", "server error"])})(?![a-z])`,
  "g",
);

export interface KeywordMatch extends Meaning {
  keyword: string;
}

/** Lowercase, curly apostrophes straightened, runs of spaces and hyphens as one space ("rate-limited"). */
const normalize = (text: string) =>
  text.toLowerCase().replace(/[’‘`]/g, "'").replace(/[\s-]+/g, " ").replace(REASON_AFTER_STATUS, "$1 ");

/** Phrases found, in order of appearance, each once. */
export function findKeywords(text: string): KeywordMatch[] {
  const seen = new Set<string>();
  const matches: KeywordMatch[] = [];
  for (const match of normalize(text).matchAll(PHRASES)) {
    const keyword = match[0];
    const meaning = TABLE[keyword];
    if (!meaning || seen.has(keyword)) continue;
    seen.add(keyword);
    matches.push({ keyword, ...meaning });
  }
  return matches;
}
