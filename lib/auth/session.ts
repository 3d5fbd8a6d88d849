import { jwtVerify, SignJWT } from "jose";
import type { StaffAuth } from "./config";

/**
 * A staff session is a short signed token (JWT, HS256, via `jose`) in an HttpOnly cookie: who
 * (staff), which password it was made under, and when it ends. Nothing is kept on the server, so
 * any instance with the same HELP_SESSION_SECRET accepts it; signing out deletes the cookie, and
 * changing the password ends every session.
 */
export const SESSION_HOURS = 8;
const AUDIENCE = "help-center/insights";

export async function createSessionToken(auth: StaffAuth, now: Date = new Date()): Promise<string> {
  const issuedAt = Math.floor(now.getTime() / 1000);
  return new SignJWT({ credential: auth.credential })
    .setProtectedHeader({ alg: "HS256", typ: "JWT" })
    .setSubject("staff")
    .setAudience(AUDIENCE)
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + SESSION_HOURS * 3600)
    .sign(auth.key);
}

/** True for a token this server signed, under the current password, that has not expired. */
export async function isValidSession(auth: StaffAuth, token: string | undefined, now: Date = new Date()): Promise<boolean> {
  if (!token || token.length > 2048) return false;
  try {
    const { payload } = await jwtVerify(token, auth.key, { algorithms: ["HS256"], audience: AUDIENCE, subject: "staff", currentDate: now, requiredClaims: ["exp", "iat"] });
    return payload.credential === auth.credential;
  } catch {
    // Tampered, expired, malformed, or signed with another key: all the same to the visitor.
    return false;
  }
}
