import { readCappedText } from "../read-capped";
import { describeFeedIssues, feedSchema } from "./feed-schema";
import type { Feed } from "./types";

export interface FeedLimits {
  /** One deadline for everything: connecting, redirects, headers and the whole body. */
  timeoutMs: number;
  /** Bytes of body read at most; a bigger answer is refused, not truncated. */
  maxBytes: number;
  maxRedirects: number;
}

export const DEFAULT_LIMITS: FeedLimits = { timeoutMs: 2000, maxBytes: 1024 * 1024, maxRedirects: 3 };

/** Why an attempt failed, as a short word for logs and `/api/status`'s `problem`. */
export type FeedProblem = "timeout" | "network" | "http-status" | "redirects" | "too-large" | "not-json" | "invalid";

export type FeedResult = { ok: true; feed: Feed } | { ok: false; problem: FeedProblem; detail: string };

const fail = (problem: FeedProblem, detail: string): FeedResult => ({ ok: false, problem, detail });

/**
 * Fetches and validates a Statuspage-style summary. Never throws and never takes longer than
 * `timeoutMs`: a stalled, huge, redirecting, non-JSON or malformed answer comes back as a problem.
 * Server-side only (the browser never talks to the status service).
 */
export async function fetchFeed(url: string, limits: FeedLimits = DEFAULT_LIMITS): Promise<FeedResult> {
  const signal = AbortSignal.timeout(limits.timeoutMs);
  const first = await attempt(url, limits, signal);
  // A kept-alive connection the other side closed meanwhile fails at once; one retry, same deadline.
  return !first.ok && first.problem === "network" && !signal.aborted ? attempt(url, limits, signal) : first;
}

async function attempt(url: string, limits: FeedLimits, signal: AbortSignal): Promise<FeedResult> {
  try {
    const response = await follow(url, limits.maxRedirects, signal);
    if ("problem" in response) return response;
    if (!response.ok) {
      await response.body?.cancel().catch(() => {});
      return fail("http-status", `HTTP ${response.status}`);
    }
    const body = await readCappedText(response, limits.maxBytes);
    if (body === null) return fail("too-large", `body over ${limits.maxBytes} bytes`);
    let json: unknown;
    try {
      json = JSON.parse(body);
    } catch {
      return fail("not-json", `not JSON (${response.headers.get("content-type") ?? "no content type"})`);
    }
    const parsed = feedSchema.safeParse(json);
    return parsed.success ? { ok: true, feed: parsed.data } : fail("invalid", describeFeedIssues(parsed.error));
  } catch (error) {
    if (signal.aborted) return fail("timeout", `no complete answer within ${limits.timeoutMs} ms`);
    return fail("network", error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : String(error));
  }
}

/** Follows at most `max` redirects ourselves, so a redirect loop ends fast and only on http(s). */
async function follow(start: string, max: number, signal: AbortSignal): Promise<Response | FeedResult & { ok: false }> {
  let url = start;
  for (let hop = 0; hop <= max; hop += 1) {
    // `cache: "no-store"`: Next.js must not keep a copy; the last good answer is ours to keep.
    const response = await fetch(url, { redirect: "manual", signal, cache: "no-store", headers: { accept: "application/json" } });
    const location = response.headers.get("location");
    if (response.status < 300 || response.status > 399 || !location) return response;
    await response.body?.cancel().catch(() => {});
    const next = new URL(location, url);
    if (next.protocol !== "https:" && next.protocol !== "http:") return { ok: false, problem: "redirects", detail: `redirect to ${next.protocol}` };
    url = next.href;
  }
  return { ok: false, problem: "redirects", detail: `more than ${max} redirects` };
}
