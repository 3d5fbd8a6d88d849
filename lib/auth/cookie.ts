import { SESSION_HOURS } from "./session";

export const SESSION_COOKIE = "help_staff_session";

/**
 * Secure when the visitor reached us over HTTPS: the request's own scheme, or the first
 * `X-Forwarded-Proto` a TLS-terminating proxy set. (A client that forges `http` only fails to
 * protect its own cookie; one that forges `https` over plain HTTP only loses it.)
 */
export function isHttps(url: string, headers: Headers): boolean {
  const forwarded = headers.get("x-forwarded-proto")?.split(",")[0]?.trim().toLowerCase();
  if (forwarded) return forwarded === "https";
  return url.startsWith("https:");
}

interface CookieOptions {
  httpOnly: true;
  sameSite: "strict";
  secure: boolean;
  path: "/";
  maxAge: number;
}

/** HttpOnly (no script reads it), SameSite=Strict (no other site sends it), Secure over HTTPS. */
export function sessionCookieOptions(secure: boolean, maxAge = SESSION_HOURS * 3600): CookieOptions {
  return { httpOnly: true, sameSite: "strict", secure, path: "/", maxAge };
}
