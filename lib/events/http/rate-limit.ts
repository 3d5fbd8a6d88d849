/**
 * A token bucket per client, in this process's memory: each client may send `perMinute` events a
 * minute, in bursts of up to that many. Per instance, so N instances allow N times as much; that is
 * the usual trade (no shared state on the hot path) and enough against a runaway tab or a script.
 */
interface Bucket {
  tokens: number;
  updated: number;
}

// Bounded: past this many clients, the least recently seen are forgotten.
const MAX_CLIENTS = 20_000;

export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();

  constructor(private readonly perMinute: number) {}

  /** 0 when the request may go ahead, else the seconds until it may. */
  take(client: string, now = Date.now()): number {
    if (this.perMinute <= 0) return 0;
    const perMs = this.perMinute / 60_000;
    const previous = this.buckets.get(client);
    const tokens = previous ? Math.min(this.perMinute, previous.tokens + (now - previous.updated) * perMs) : this.perMinute;
    // Re-inserting keeps the Map ordered by last use, so the oldest entries are first to go.
    this.buckets.delete(client);
    if (tokens < 1) {
      this.buckets.set(client, { tokens, updated: now });
      return Math.ceil((1 - tokens) / perMs / 1000);
    }
    this.buckets.set(client, { tokens: tokens - 1, updated: now });
    if (this.buckets.size > MAX_CLIENTS) {
      for (const key of [...this.buckets.keys()].slice(0, MAX_CLIENTS / 10)) this.buckets.delete(key);
    }
    return 0;
  }
}

/** Events a minute per client: `HELP_EVENTS_RATE_LIMIT` (default 60; 0 turns the limit off). */
export function configuredRate(env: NodeJS.ProcessEnv = process.env): number {
  const value = Number(env.HELP_EVENTS_RATE_LIMIT ?? 60);
  return Number.isFinite(value) && value >= 0 ? value : 60;
}
