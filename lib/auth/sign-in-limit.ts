import { RateLimiter } from "@/lib/events/http/rate-limit";

/**
 * Failed sign-ins per client, in this process's memory: 5 at once, then one more a minute. Only
 * failures spend (a right password costs nothing), and a client out of tries is refused before
 * its password is checked. Per instance, like the event rate limit.
 */
export const SIGN_IN_BURST = 5;
const KEY = Symbol.for("help-center.sign-in-limiter");

export function signInLimiter(): RateLimiter {
  const holder = globalThis as { [KEY]?: RateLimiter };
  return (holder[KEY] ??= new RateLimiter(1, SIGN_IN_BURST));
}
