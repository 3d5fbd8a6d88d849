import { clientIp } from "./client-ip";
import { optedOut } from "./privacy";
import { configuredRate, RateLimiter } from "./rate-limit";
import { isSameOrigin } from "./same-origin";

export type Admission = { verdict: "ok" } | { verdict: "forbidden" } | { verdict: "opted-out" } | { verdict: "slow-down"; retryAfter: number };

const KEY = Symbol.for("help-center.events-rate-limiter");

// One limiter per server process, whichever route bundle asks (see shared-store.ts).
function limiter(): RateLimiter {
  const holder = globalThis as { [KEY]?: RateLimiter };
  return (holder[KEY] ??= new RateLimiter(configuredRate()));
}

/** The checks every event request passes before its body is read: origin, privacy, rate. */
export function admit(request: Request): Admission {
  if (!isSameOrigin(request.headers)) return { verdict: "forbidden" };
  // Before the rate limit: a request we will not record costs nothing, so it spends no tokens.
  if (optedOut(request.headers)) return { verdict: "opted-out" };
  const retryAfter = limiter().take(clientIp(request.headers));
  return retryAfter > 0 ? { verdict: "slow-down", retryAfter } : { verdict: "ok" };
}
