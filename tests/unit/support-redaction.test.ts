import { describe, expect, it } from "vitest";
import { loadContent } from "@/lib/content/load";
import { platformCodes } from "@/lib/paste/catalogue";
import { describeErrorDetails, extractErrorDetails as extractWith } from "@/lib/paste/extract";
import { MASK } from "@/lib/redact";
import { parsePastedError, pastedErrorFrom } from "@/lib/support/pasted-error";
import { supportRequestMailto, supportRequestMarkdown, supportRequestSubject, supportRequestText, type SupportRequestInput } from "@/lib/support/request";
import { SECRET_SNIPPETS } from "./redact-snippets";

const knownCodes = platformCodes(loadContent().content);
const extractErrorDetails = (text: string) => extractWith(text, { knownCodes });

/** Any 6 characters in a row of a secret, not found elsewhere in the snippet, leaking into `output`. */
function leaks(text: string, secrets: string[], output: string): string[] {
  const rest = secrets.reduce((current, secret) => current.split(secret).join("\u0000"), text);
  return secrets.flatMap((secret) =>
    Array.from({ length: Math.max(0, secret.length - 5) }, (_, i) => secret.slice(i, i + 6)).filter((part) => !rest.includes(part) && output.includes(part)),
  );
}

const request = (overrides: Partial<SupportRequestInput>): SupportRequestInput => ({
  article: { title: "Invalid API key (401 Unauthorized)", url: "https://help.example/articles/invalid-api-key" },
  steps: [{ title: "Verify the key", url: "https://help.example/articles/invalid-api-key#verify-key", outcome: "tried" }],
  time: new Date("2026-11-27T10:15:42Z"),
  pageUrl: "https://help.example/articles/invalid-api-key",
  browser: "Chrome 156 on Linux",
  ...overrides,
});

describe("no secret leaves the page by any output", () => {
  it.each(SECRET_SNIPPETS.map((snippet) => [snippet.name, snippet] as const))("%s", (_name, { text, secrets }) => {
    const details = extractErrorDetails(text);
    const pasted = pastedErrorFrom(details);
    const stored = JSON.stringify(pasted);
    // Worst cases: the pasted text lands in every free-text field a request has.
    const input = request({ error: parsePastedError(stored), symptom: text, pageUrl: `https://help.example/articles/x?note=${text}`, browser: text });
    const outputs = {
      "what the paste box shows": [...describeErrorDetails(details), JSON.stringify(details)].join("\n"),
      sessionStorage: stored,
      "the request as text": supportRequestText(input),
      "the request as Markdown": supportRequestMarkdown(input),
      "the subject": supportRequestSubject(input),
      "the mailto link": decodeURIComponent(supportRequestMailto("mailto:support@aiaas.example", input)),
    };
    for (const [where, output] of Object.entries(outputs)) {
      expect(leaks(text, secrets, output), where).toEqual([]);
    }
    expect(supportRequestText(input)).toContain(MASK);
  });
});

describe("parsePastedError", () => {
  it("reads back what pastedErrorFrom stored", () => {
    const pasted = pastedErrorFrom(extractErrorDetails('HTTP/1.1 429 Too Many Requests\n{"error":{"code":"rate_limit_exceeded","request_id":"req_7Hc2KpQ9sXw3","message":"Slow down"}}'));
    expect(parsePastedError(JSON.stringify(pasted))).toEqual(pasted);
    expect(pasted).toEqual({ labels: ["HTTP 429 Too Many Requests", "Code rate_limit_exceeded", "Request ID req_7Hc2KpQ9sXw3"], requestIds: ["req_7Hc2KpQ9sXw3"], message: "Slow down" });
  });

  it("checks stored values element by element and redacts them again", () => {
    const stored = JSON.stringify({ labels: ["HTTP 401", 42, null, { x: 1 }, "x".repeat(5_000)], requestIds: "req_1", message: "key sk-proj-abcdefghijklmnopqrstuvwxyz123456" });
    expect(parsePastedError(stored)).toEqual({ labels: ["HTTP 401", "x".repeat(200)], requestIds: [], message: `key sk-proj-${MASK}` });
  });

  it.each([null, "", "not json", "42", "null", "[]", '{"labels":"x"}', "{}", "x".repeat(30_000)])("gives up calmly on %s", (raw) => {
    expect(parsePastedError(raw)).toBeUndefined();
  });
});
