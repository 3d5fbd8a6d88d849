import { fetchFeed, type FeedResult } from "./fetch-feed";
import type { StatusConfig } from "./config";
import { buildReport, type StatusReport } from "./report";
import type { Feed, StatusBake } from "./types";

/** With a last good answer in hand, a request waits at most this long for a fresher one. */
export const STALE_WAIT_MS = 250;

export interface StatusSourceOptions {
  config: StatusConfig;
  bake: StatusBake;
  /** The status page to link when the feed names none. */
  statusPage: string | null;
  fetcher?: (url: string, limits: StatusConfig["limits"]) => Promise<FeedResult>;
  now?: () => number;
}

/**
 * One server process's view of the status feed: the last good answer and its age, refreshed at
 * most once per TTL by a single request in flight, however many requests arrive. A request never
 * waits longer than STALE_WAIT_MS when there is a last good answer, nor longer than the feed
 * timeout when there is none; a failure keeps the last good answer and says so.
 *
 * The memory is per process: instances behind a load balancer each ask the feed (once per TTL)
 * and may differ for up to a TTL, which the CDN's few seconds of caching smooth over.
 */
export function createStatusSource({ config, bake, statusPage, fetcher = fetchFeed, now = Date.now }: StatusSourceOptions) {
  let good: { feed: Feed; at: number } | undefined;
  let failure: { problem: string; at: number } | undefined;
  let settledAt: number | undefined;
  let inflight: Promise<void> | undefined;

  const refresh = (url: string) =>
    (inflight ??= (async () => {
      let result: FeedResult;
      try {
        result = await fetcher(url, config.limits);
      } catch (error) {
        result = { ok: false, problem: "network", detail: String(error) };
      }
      if (result.ok) {
        good = { feed: result.feed, at: now() };
        failure = undefined;
      } else {
        failure = { problem: result.problem, at: now() };
        console.warn(`status feed: ${result.problem} (${result.detail}); ${good ? "keeping the last good answer" : "no good answer yet"}`);
      }
      settledAt = now();
      inflight = undefined;
    })());

  async function get(): Promise<StatusReport> {
    const at = new Date(now());
    if (!config.url) {
      return buildReport({ source: "notice", feed: bake.notice, mapped: bake.components, state: "current", asOf: null, problem: config.urlProblem, statusPage, now: at });
    }
    if (settledAt === undefined || now() - settledAt >= config.ttlMs) {
      const pending = refresh(config.url);
      const budget = good ? STALE_WAIT_MS : config.limits.timeoutMs + 100;
      let timer: ReturnType<typeof setTimeout> | undefined;
      await Promise.race([pending, new Promise<void>((resolve) => (timer = setTimeout(resolve, budget)))]);
      clearTimeout(timer);
    }
    const state = failure ? (good ? "stale" : "unavailable") : good ? "current" : "unavailable";
    return buildReport({
      source: "feed",
      feed: good?.feed ?? null,
      mapped: bake.components,
      state,
      asOf: good ? new Date(good.at).toISOString() : null,
      problem: failure?.problem ?? null,
      statusPage,
      now: new Date(now()),
    });
  }

  return { get };
}
