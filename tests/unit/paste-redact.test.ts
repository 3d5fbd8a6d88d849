import { describe, expect, it } from "vitest";
import { redactSecrets } from "@/lib/paste/redact";

describe("redactSecrets", () => {
  it.each([
    ["an API key", "key sk_live_4f2a9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d4e3f2a failed", "key sk_live_…redacted failed"],
    ["a test key", "sk_test_abcdEFGH1234", "sk_test_…redacted"],
    ["a bearer token", "Authorization: Bearer abc.def.ghi-jkl", "Authorization: …redacted"],
    ["a bearer token in prose", "I sent Bearer eyJhbGciOiJIUzI1NiJ9.x.y and got 401", "I sent Bearer …redacted and got 401"],
    ["a curl request header", "> authorization: Bearer sk_live_1234567890", "> authorization: …redacted"],
    ["a cookie", "Cookie: session=abc123; csrftoken=xyz", "Cookie: …redacted"],
    ["a JSON secret", '{"api_key": "sk_live_xxxxxxxx", "model": "m"}', '{"api_key": "…redacted", "model": "m"}'],
  ])("masks %s", (_kind, input, expected) => {
    expect(redactSecrets(input)).toBe(expected);
  });

  it("leaves request ids, codes and statuses alone", () => {
    const text = 'HTTP/1.1 429 Too Many Requests\nX-Request-Id: req_7Hc2KpQ9sXw3\n{"error":{"code":"rate_limit_exceeded"}}';
    expect(redactSecrets(text)).toBe(text);
  });
});
