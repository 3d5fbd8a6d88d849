import { describe, expect, it } from "vitest";
import { MASK, MAX_REDACT_CHARS, redactPersonalData, redactSecrets } from "@/lib/redact";
import { LOOK_ALIKES, PERSONAL_SNIPPETS, SECRET_SNIPPETS, type SecretSnippet } from "./redact-snippets";

/**
 * Every run of 6 characters of the secret that the rest of the snippet does not also contain: if
 * any of them is in an output, part of the secret got through.
 */
function leakedParts(snippet: SecretSnippet, output: string): string[] {
  const rest = snippet.secrets.reduce((text, secret) => text.split(secret).join("\u0000"), snippet.text);
  const leaks: string[] = [];
  for (const secret of snippet.secrets) {
    for (let i = 0; i + 6 <= secret.length; i += 1) {
      const part = secret.slice(i, i + 6);
      if (!rest.includes(part) && output.includes(part)) leaks.push(part);
    }
  }
  return leaks;
}

describe("redactSecrets and redactPersonalData", () => {
  it("have at least 40 realistic snippets with secrets to prove", () => {
    expect(SECRET_SNIPPETS.length).toBeGreaterThanOrEqual(40);
  });

  it.each(SECRET_SNIPPETS.map((snippet) => [snippet.name, snippet] as const))("mask every secret character: %s", (_name, snippet) => {
    for (const redact of [redactSecrets, redactPersonalData]) {
      const output = redact(snippet.text);
      expect(leakedParts(snippet, output)).toEqual([]);
      expect(output).toContain(MASK);
    }
  });

  it.each(LOOK_ALIKES)("leave look-alikes alone: %s", (text) => {
    expect(redactSecrets(text)).toBe(text);
    expect(redactPersonalData(text)).toBe(text);
  });

  it("keep labels, quotes and the kind of key, so the text still reads", () => {
    expect(redactSecrets("Authorization: Bearer abc.def.ghi-jkl")).toBe(`Authorization: Bearer ${MASK}`);
    expect(redactSecrets("> authorization: Bearer sk_live_1234567890")).toBe(`> authorization: Bearer sk_live_${MASK}`);
    expect(redactSecrets("I sent Bearer eyJhbGciOiJIUzI1NiJ9.x.y and got 401")).toBe(`I sent Bearer ${MASK} and got 401`);
    expect(redactSecrets("key sk_live_4f2a9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d4e3f2a failed")).toBe(`key sk_live_${MASK} failed`);
    expect(redactSecrets("Cookie: session=abc123; csrftoken=xyz")).toBe(`Cookie: ${MASK}`);
    expect(redactSecrets('{"api_key": "sk_live_xxxxxxxxxxxx", "model": "m"}')).toBe(`{"api_key": "sk_live_${MASK}", "model": "m"}`);
    expect(redactSecrets("{'password': 'hunter2', 'user': 'app'}")).toBe(`{'password': '${MASK}', 'user': 'app'}`);
    expect(redactSecrets("GET /v1/models?api_key=abc123def456&limit=5")).toBe(`GET /v1/models?api_key=${MASK}&limit=5`);
  });

  it("leave the request's facts around a secret intact", () => {
    const text = 'HTTP/1.1 429 Too Many Requests\nX-Request-Id: req_7Hc2KpQ9sXw3\n{"error":{"code":"rate_limit_exceeded"}}';
    expect(redactSecrets(text)).toBe(text);
  });

  it.each(PERSONAL_SNIPPETS)("redactPersonalData masks personal data, redactSecrets keeps it: $text", ({ text, personal }) => {
    const masked = redactPersonalData(text);
    for (const part of personal) {
      expect(masked).not.toContain(part);
      expect(redactSecrets(text)).toContain(part);
    }
  });

  it("never throw, whatever they are given", () => {
    for (const value of [undefined, null, 42, {}, "\u0000\uD800", "%".repeat(10)]) {
      expect(() => redactSecrets(value as unknown as string)).not.toThrow();
      expect(() => redactPersonalData(value as unknown as string)).not.toThrow();
    }
  });

  it("cut what is longer than they read, and say so, instead of passing it on unread", () => {
    const key = `sk-${"a1".repeat(20)}`;
    const output = redactSecrets(`${"x ".repeat(MAX_REDACT_CHARS / 2)}${key}`);
    expect(output).not.toContain(key);
    expect(output).toMatch(/more characters not shown\]$/);
    expect(output.length).toBeLessThan(MAX_REDACT_CHARS + 100);
  });
});

describe("redaction on hostile input", () => {
  // 1 MB each; the redactor reads the first MAX_REDACT_CHARS, and every pattern must stay linear
  // there. vitest's per-test timeout is the bound: quadratic matching would take minutes.
  const MB = 1_000_000;
  const hostile: [string, string][] = [
    ["blank lines", "\n".repeat(MB)],
    ["spaces and tabs", " \t".repeat(MB / 2)],
    ["quotes", `"'`.repeat(MB / 2)],
    ["braces", "{".repeat(MB)],
    ["digits", "4".repeat(MB)],
    ["repeated header names", "authorization: ".repeat(MB / 15)],
    ["labels without values", "api_key=".repeat(MB / 8)],
    ["unterminated quoted values", 'password: "'.repeat(MB / 11)],
    ["Bearer with no token", "Bearer ".repeat(MB / 7)],
    ["key prefixes", "sk-".repeat(MB / 3)],
    ["dots and dashes", ".-".repeat(MB / 2)],
    ["private key headers", "-----BEGIN ".repeat(MB / 11)],
    ["email-like runs", "a.".repeat(MB / 2)],
    ["at signs", "a@".repeat(MB / 2)],
    ["url schemes", "a://b:".repeat(MB / 6)],
    ["card-like digits", "4242 ".repeat(MB / 5)],
  ];

  it.each(hostile)("finishes on 1 MB of %s", (_name, text) => {
    expect(redactPersonalData(text).length).toBeGreaterThan(0);
    expect(redactSecrets(text).length).toBeGreaterThan(0);
  });
});
