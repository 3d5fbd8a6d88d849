/**
 * A token bucket per client, in this process's memory: each client may spend `perMinute` tokens a
 * minute, in bursts of up to `burst` (by default as many). Per instance, so N instances allow N
 * times as much; that is the usual trade (no shared state on the hot path) and enough against a
 * runaway tab, a script or a password guesser.
 */
interface Bucket {
  tokens: number;
  updated: number;
}

// Bounded: past this many clients, the least recently seen are forgotten.
const MAX_CLIENTS = 20_000;

export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    private readonly perMinute: number,
    private readonly burst: number = perMinute,
  ) {}

  private tokens(client: string, now: number): number {
    const previous = this.buckets.get(client);
    return previous ? Math.min(this.burst, previous.tokens + (now - previous.updated) * (this.perMinute / 60_000)) : this.burst;
  }

  private secondsUntilOne(tokens: number): number {
    return Math.ceil((1 - tokens) / (this.perMinute / 60_000) / 1000);
  }

  /** 0 when the request may go ahead (and it spends a token), else the seconds until it may. */
  take(client: string, now = Date.now()): number {
    if (this.perMinute <= 0) return 0;
    const tokens = this.tokens(client, now);
    // Re-inserting keeps the Map ordered by last use, so the oldest entries are first to go.
    this.buckets.delete(client);
    if (tokens < 1) {
      this.buckets.set(client, { tokens, updated: now });
      return this.secondsUntilOne(tokens);
    }
    this.buckets.set(client, { tokens: tokens - 1, updated: now });
    if (this.buckets.size > MAX_CLIENTS) {
      for (const key of [...this.buckets.keys()].slice(0, MAX_CLIENTS / 10)) this.buckets.delete(key);
    }
    return 0;
  }

  /** Like `take`, without spending: for limits that only charge for failures (sign-in). */
  wait(client: string, now = Date.now()): number {
    if (this.perMinute <= 0) return 0;
    const tokens = this.tokens(client, now);
    return tokens < 1 ? this.secondsUntilOne(tokens) : 0;
  }
}

/** Events a minute per client: `HELP_EVENTS_RATE_LIMIT` (default 60; 0 turns the limit off). */
export function configuredRate(env: NodeJS.ProcessEnv = process.env): number {
  const value = Number(env.HELP_EVENTS_RATE_LIMIT ?? 60);
  return Number.isFinite(value) && value >= 0 ? value : 60;
}
