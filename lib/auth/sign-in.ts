import "server-only";
import type { StaffAuth } from "./config";
import { createSessionToken } from "./session";
import { signInLimiter } from "./sign-in-limit";

export type SignInOutcome = { ok: true; token: string } | { ok: false; reason: "wrong-password" } | { ok: false; reason: "too-many"; retryAfter: number };

/**
 * One sign-in attempt from `client` (an address, used in memory only). A client out of tries is
 * refused before its password is even checked, so guessing faster gains nothing; only a wrong
 * password spends a try.
 */
export async function attemptSignIn(auth: StaffAuth, password: string, client: string): Promise<SignInOutcome> {
  const limiter = signInLimiter();
  const wait = limiter.wait(client);
  if (wait > 0) return { ok: false, reason: "too-many", retryAfter: wait };
  if (!auth.verify(password)) {
    limiter.take(client);
    return { ok: false, reason: "wrong-password" };
  }
  return { ok: true, token: await createSessionToken(auth) };
}
