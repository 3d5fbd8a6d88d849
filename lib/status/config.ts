import { DEFAULT_LIMITS, type FeedLimits } from "./fetch-feed";

export interface StatusConfig {
  /** The feed (`…/api/v2/summary.json`); null when none is configured or it is not an http(s) URL. */
  url: string | null;
  /** Why HELP_STATUS_URL was refused, when it was. */
  urlProblem: string | null;
  /** How long an answer (good or failed) stands before the feed is asked again. */
  ttlMs: number;
  limits: FeedLimits;
}

export const DEFAULT_TTL_MS = 15_000;

function milliseconds(value: string | undefined, fallback: number): number {
  const number = Number(value);
  return value !== undefined && value.trim() !== "" && Number.isFinite(number) && number >= 0 ? number : fallback;
}

/**
 * Read at run time from the server's environment (never inlined at build), so one build can
 * point at any status service:
 * - HELP_STATUS_URL: the Statuspage-style summary; unset means `content/status.yml` speaks.
 * - HELP_STATUS_TTL_MS (default 15000): how often one server process asks the feed. Tests use 0.
 * - HELP_STATUS_TIMEOUT_MS (default 2000): the whole budget of one attempt.
 */
export function statusConfig(env: Record<string, string | undefined> = process.env): StatusConfig {
  const raw = env.HELP_STATUS_URL?.trim();
  let url: string | null = null;
  let urlProblem: string | null = null;
  if (raw) {
    try {
      const parsed = new URL(raw);
      if (parsed.protocol === "https:" || parsed.protocol === "http:") url = parsed.href;
      else urlProblem = `HELP_STATUS_URL must be an http(s) URL, not ${parsed.protocol}`;
    } catch {
      urlProblem = "HELP_STATUS_URL is not a URL";
    }
  }
  return {
    url,
    urlProblem,
    ttlMs: milliseconds(env.HELP_STATUS_TTL_MS, DEFAULT_TTL_MS),
    limits: { ...DEFAULT_LIMITS, timeoutMs: milliseconds(env.HELP_STATUS_TIMEOUT_MS, DEFAULT_LIMITS.timeoutMs) },
  };
}
