import { SignJWT } from "jose";
import { describe, expect, it } from "vitest";
import { parseStaffAuth } from "@/lib/auth/config";
import { isHttps, sessionCookieOptions } from "@/lib/auth/cookie";
import { safeNextPath, signInPath } from "@/lib/auth/next-path";
import { hashPassword, matchesHash, matchesPlain, parseHash } from "@/lib/auth/password";
import { createSessionToken, isValidSession, SESSION_HOURS } from "@/lib/auth/session";

const SECRET = "s".repeat(40);
const auth = (env: Record<string, string>) => parseStaffAuth({ HELP_SESSION_SECRET: SECRET, ...env }).auth!;

describe("staff sign-in settings", () => {
  it("are off without a password or a hash", () => {
    expect(parseStaffAuth({})).toEqual({ auth: null });
    expect(parseStaffAuth({ HELP_SESSION_SECRET: SECRET })).toEqual({ auth: null });
  });

  it("stay off, saying why, when a setting is unusable", () => {
    expect(parseStaffAuth({ HELP_ADMIN_PASSWORD: "short" })).toMatchObject({ auth: null, problem: expect.stringContaining("at least 12") });
    expect(parseStaffAuth({ HELP_ADMIN_PASSWORD_HASH: "plain-text-password" })).toMatchObject({ auth: null, problem: expect.stringContaining("HELP_ADMIN_PASSWORD_HASH") });
    expect(parseStaffAuth({ HELP_ADMIN_PASSWORD: "long enough password", HELP_SESSION_SECRET: "short" })).toMatchObject({ auth: null, problem: expect.stringContaining("HELP_SESSION_SECRET") });
  });

  it("check a plain password or a hash, and nothing else", () => {
    const plain = auth({ HELP_ADMIN_PASSWORD: "correct horse battery" });
    expect(plain.verify("correct horse battery")).toBe(true);
    expect(plain.verify("correct horse batter")).toBe(false);
    expect(plain.verify("")).toBe(false);
    const hashed = auth({ HELP_ADMIN_PASSWORD_HASH: hashPassword("correct horse battery") });
    expect(hashed.verify("correct horse battery")).toBe(true);
    expect(hashed.verify("Correct horse battery")).toBe(false);
  });

  it("make up a per-process secret when none is set, and say what that means", () => {
    const parsed = parseStaffAuth({ HELP_ADMIN_PASSWORD: "correct horse battery" });
    expect(parsed.auth).not.toBeNull();
    expect(parsed.notice).toContain("restarts");
  });
});

describe("passwords", () => {
  it("hash with scrypt and a random salt, and parse only well-formed hashes", () => {
    const one = hashPassword("pässword and more");
    expect(one).toMatch(/^scrypt:[\w-]{22}:[\w-]{43}$/);
    expect(hashPassword("pässword and more")).not.toBe(one);
    expect(matchesHash("pässword and more", parseHash(one)!)).toBe(true);
    // NFC and NFD spellings of one password are one password.
    expect(matchesHash("pa\u0308ssword and more", parseHash(one)!)).toBe(true);
    for (const bad of ["", "scrypt", "scrypt::", "bcrypt:abc:def", `${one}:extra`, "scrypt:c2FsdA:a2V5"]) expect(parseHash(bad)).toBeNull();
  });

  it("compare plain passwords of any length without throwing", () => {
    expect(matchesPlain("a", "a much longer stored password")).toBe(false);
    expect(matchesPlain("x".repeat(100_000), "x")).toBe(false);
    expect(matchesPlain("same password", "same password")).toBe(true);
  });
});

describe("staff sessions", () => {
  const staff = auth({ HELP_ADMIN_PASSWORD: "correct horse battery" });

  it("accept a token this server signed, until it expires", async () => {
    const now = new Date("2026-11-30T10:00:00Z");
    const token = await createSessionToken(staff, now);
    expect(await isValidSession(staff, token, now)).toBe(true);
    expect(await isValidSession(staff, token, new Date(now.getTime() + (SESSION_HOURS * 3600 - 60) * 1000))).toBe(true);
    expect(await isValidSession(staff, token, new Date(now.getTime() + (SESSION_HOURS * 3600 + 60) * 1000))).toBe(false);
  });

  it("refuse a tampered token, another key's, another password's, an unsigned one and garbage", async () => {
    const token = await createSessionToken(staff);
    const [header, payload, signature] = token.split(".");
    const flipped = signature!.slice(0, -2) + (signature!.at(-2) === "A" ? "B" : "A") + signature!.at(-1);
    expect(await isValidSession(staff, `${header}.${payload}.${flipped}`)).toBe(false);
    const longer = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(payload!, "base64url").toString()), exp: 4_000_000_000 })).toString("base64url");
    expect(await isValidSession(staff, `${header}.${longer}.${signature}`)).toBe(false);
    const otherKey = auth({ HELP_ADMIN_PASSWORD: "correct horse battery", HELP_SESSION_SECRET: "t".repeat(40) });
    expect(await isValidSession(otherKey, token)).toBe(false);
    const otherPassword = auth({ HELP_ADMIN_PASSWORD: "another long password" });
    expect(await isValidSession(otherPassword, token)).toBe(false);
    const none = `${Buffer.from('{"alg":"none"}').toString("base64url")}.${payload}.`;
    expect(await isValidSession(staff, none)).toBe(false);
    for (const junk of [undefined, "", "a.b.c", "x".repeat(5000)]) expect(await isValidSession(staff, junk)).toBe(false);
  });

  it("refuse a token signed with the right key but without an expiry", async () => {
    const forever = await new SignJWT({ credential: staff.credential }).setProtectedHeader({ alg: "HS256" }).setSubject("staff").setAudience("help-center/insights").sign(staff.key);
    expect(await isValidSession(staff, forever)).toBe(false);
  });
});

describe("the session cookie", () => {
  it("is HttpOnly, SameSite=Strict, for the whole site, and expires with the session", () => {
    expect(sessionCookieOptions(true)).toEqual({ httpOnly: true, sameSite: "strict", secure: true, path: "/", maxAge: SESSION_HOURS * 3600 });
  });

  it("is Secure when the visitor came over HTTPS, directly or through a TLS proxy", () => {
    expect(isHttps("https://help.example/insights", new Headers())).toBe(true);
    expect(isHttps("http://127.0.0.1:3000/insights", new Headers())).toBe(false);
    expect(isHttps("http://10.0.0.2/insights", new Headers({ "x-forwarded-proto": "https" }))).toBe(true);
    expect(isHttps("http://10.0.0.2/insights", new Headers({ "x-forwarded-proto": "http, https" }))).toBe(false);
  });
});

describe("the way back after sign-in", () => {
  it("keeps an insights path and its query", () => {
    expect(safeNextPath("/insights/articles?days=7")).toBe("/insights/articles?days=7");
    expect(signInPath("/insights/searches?days=90")).toBe("/insights/sign-in?next=%2Finsights%2Fsearches%3Fdays%3D90");
  });

  it("never leads off the site or outside insights", () => {
    for (const raw of ["//evil.example", "https://evil.example/insights", "/\\evil.example", "/articles/x", "javascript:alert(1)", "/insights/../articles", "/insights/sign-in?next=//evil", "", null, "/insights" + "x".repeat(400)]) {
      expect(safeNextPath(raw)).toBe("/insights");
    }
  });
});
