import { createHash, createHmac, randomBytes } from "node:crypto";
import { matchesHash, matchesPlain, parseHash } from "./password";

/**
 * Staff sign-in for /insights, from the environment. Off (every insights URL is a 404) unless a
 * password is configured:
 * - `HELP_ADMIN_PASSWORD_HASH`: a scrypt hash (`npm run -s insights:hash-password`), preferred, or
 * - `HELP_ADMIN_PASSWORD`: the password itself, at least 12 characters.
 * `HELP_SESSION_SECRET` (at least 32 characters) signs the session cookie. Without it a random
 * secret is made per process: sessions then end when the server restarts and are not shared by
 * several instances (set it for those). A setting that is present but unusable (a short password
 * or secret, a malformed hash) keeps insights off and says why in the server log, once.
 */
export interface StaffAuth {
  verify(password: string): boolean;
  /** The HMAC key that signs session tokens. */
  key: Uint8Array;
  /** Identifies the configured password: a token made under another password is refused. */
  credential: string;
}

export const MIN_PASSWORD_LENGTH = 12;
export const MIN_SECRET_LENGTH = 32;

type Parsed = { auth: StaffAuth | null; problem?: string; notice?: string };

export function parseStaffAuth(env: Record<string, string | undefined>, randomSecret: () => Buffer = () => randomBytes(32)): Parsed {
  const hashSetting = env.HELP_ADMIN_PASSWORD_HASH?.trim();
  const password = env.HELP_ADMIN_PASSWORD;
  if (!hashSetting && !password) return { auth: null };
  let verify: (candidate: string) => boolean;
  let source: string;
  if (hashSetting) {
    const hash = parseHash(hashSetting);
    if (!hash) return { auth: null, problem: "HELP_ADMIN_PASSWORD_HASH is not a hash made by `npm run -s insights:hash-password` (scrypt:<salt>:<key>)" };
    verify = (candidate) => matchesHash(candidate, hash);
    source = hashSetting;
  } else {
    if ([...password!].length < MIN_PASSWORD_LENGTH) return { auth: null, problem: `HELP_ADMIN_PASSWORD must be at least ${MIN_PASSWORD_LENGTH} characters` };
    verify = (candidate) => matchesPlain(candidate, password!);
    source = password!;
  }
  const secret = env.HELP_SESSION_SECRET;
  if (secret !== undefined && secret !== "" && secret.length < MIN_SECRET_LENGTH) {
    return { auth: null, problem: `HELP_SESSION_SECRET must be at least ${MIN_SECRET_LENGTH} characters` };
  }
  // SHA-256 of the secret: any length in, the 32 bytes HS256 wants out.
  const key = secret ? createHash("sha256").update(secret).digest() : randomSecret();
  const credential = createHmac("sha256", key).update(`staff-credential:${source}`).digest("base64url").slice(0, 16);
  return {
    auth: { verify, key: new Uint8Array(key), credential },
    notice: secret ? undefined : "HELP_SESSION_SECRET is not set: staff sessions end when this server restarts and are not shared between instances",
  };
}

const KEY = Symbol.for("help-center.staff-auth");

/** The server's staff sign-in, or null when insights are off. Read once per process. */
export function staffAuth(): StaffAuth | null {
  const holder = globalThis as { [KEY]?: StaffAuth | null };
  if (holder[KEY] !== undefined) return holder[KEY];
  const { auth, problem, notice } = parseStaffAuth(process.env);
  if (problem) console.error(`insights are off: ${problem}`);
  if (notice) console.warn(`insights: ${notice}`);
  holder[KEY] = auth;
  return auth;
}
