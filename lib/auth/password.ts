import { createHmac, randomBytes, scryptSync, timingSafeEqual } from "node:crypto";

/**
 * The staff password, kept either as itself (`HELP_ADMIN_PASSWORD`) or, better, as a scrypt hash
 * (`HELP_ADMIN_PASSWORD_HASH`, made by `npm run -s insights:hash-password`). Every comparison takes
 * the same time whatever the guess: both sides are reduced to fixed-length digests first.
 */
const PREFIX = "scrypt";
// Node's defaults (N = 2^14, r = 8, p = 1): about 16 MB and a few tens of milliseconds per check.
const KEY_LENGTH = 32;

export function hashPassword(password: string, salt: Buffer = randomBytes(16)): string {
  return [PREFIX, salt.toString("base64url"), scryptSync(password.normalize("NFC"), salt, KEY_LENGTH).toString("base64url")].join(":");
}

export interface ParsedHash {
  salt: Buffer;
  key: Buffer;
}

/** `scrypt:<salt>:<key>` (base64url), or null for anything else. */
export function parseHash(hash: string): ParsedHash | null {
  const [prefix, salt, key, ...rest] = hash.trim().split(":");
  if (prefix !== PREFIX || !salt || !key || rest.length > 0) return null;
  const parsed = { salt: Buffer.from(salt, "base64url"), key: Buffer.from(key, "base64url") };
  return parsed.salt.length >= 16 && parsed.key.length === KEY_LENGTH ? parsed : null;
}

export function matchesHash(candidate: string, hash: ParsedHash): boolean {
  return timingSafeEqual(scryptSync(candidate.normalize("NFC"), hash.salt, KEY_LENGTH), hash.key);
}

// A per-process key, so the digests compared below are of fixed length and reveal nothing.
const compareKey = randomBytes(32);
const digest = (value: string) => createHmac("sha256", compareKey).update(value.normalize("NFC")).digest();

export function matchesPlain(candidate: string, password: string): boolean {
  return timingSafeEqual(digest(candidate), digest(password));
}
