import { describe, expect, it } from "vitest";
import { supportRequestMarkdown, supportRequestSubject, supportRequestText, type SupportRequestInput } from "@/lib/support/request";

const input: SupportRequestInput = {
  article: { title: "Rate limit exceeded (429 Too Many Requests)", url: "https://help.example/articles/rate-limit-exceeded" },
  symptom: "429 Too Many Requests",
  steps: [
    { title: "Check the rate limit headers", url: "https://help.example/articles/rate-limit-exceeded#check-rate-limit-headers", outcome: "tried" },
    { title: "Implement exponential backoff", url: "https://help.example/articles/rate-limit-exceeded#exponential-backoff", outcome: "tried" },
    { title: "Request a rate limit increase", url: "https://help.example/articles/rate-limit-exceeded#request-limit-increase", outcome: "untried" },
  ],
  error: { labels: ["HTTP 429 Too Many Requests", "Code rate_limit_exceeded", "Retry-After: 20 s"], requestIds: ["req_7Hc2KpQ9sXw3"], message: "Rate limit exceeded" },
  time: new Date("2026-11-27T10:15:42Z"),
  pageUrl: "https://help.example/articles/rate-limit-exceeded",
  browser: "Chrome 156 on Linux",
};

describe("support request", () => {
  it("names the article, the first error and how far the user got", () => {
    expect(supportRequestSubject(input)).toBe("Still stuck: Rate limit exceeded (429 Too Many Requests) (HTTP 429 Too Many Requests) after trying 2 of 3 steps");
  });

  it("lists everything support would ask for, in plain text", () => {
    expect(supportRequestText(input)).toBe(
      [
        "Still stuck: Rate limit exceeded (429 Too Many Requests) (HTTP 429 Too Many Requests) after trying 2 of 3 steps",
        "",
        "Article: Rate limit exceeded (429 Too Many Requests) (https://help.example/articles/rate-limit-exceeded)",
        "What I see: 429 Too Many Requests",
        "",
        "Steps:",
        "1. Check the rate limit headers: tried, didn't help",
        "2. Implement exponential backoff: tried, didn't help",
        "3. Request a rate limit increase: not tried yet",
        "",
        "Error details:",
        "- HTTP 429 Too Many Requests",
        "- Code rate_limit_exceeded",
        "- Retry-After: 20 s",
        "- Message: Rate limit exceeded",
        "",
        "Request IDs: req_7Hc2KpQ9sXw3",
        "Time: 2026-11-27 10:15 UTC",
        "Page: https://help.example/articles/rate-limit-exceeded",
        "Browser: Chrome 156 on Linux",
      ].join("\n"),
    );
  });

  it("links each step in Markdown and escapes what would break the markup", () => {
    const markdown = supportRequestMarkdown({ ...input, symptom: "Error: *rate_limit_exceeded* [429]" });
    expect(markdown).toContain("1. [Check the rate limit headers](https://help.example/articles/rate-limit-exceeded#check-rate-limit-headers): tried, didn't help");
    expect(markdown).toContain("- **What I see:** Error: \\*rate\\_limit\\_exceeded\\* \\[429\\]");
    expect(markdown).toContain("- **Request IDs:** `req_7Hc2KpQ9sXw3`");
  });

  it("says when no request id was recorded", () => {
    expect(supportRequestText({ ...input, error: undefined })).toContain("Request IDs: (none recorded)");
  });

  it("records the incident open at the time, or that there was none", () => {
    const incident = { name: "Elevated error rates on the API", since: "2026-11-27T09:58:00.000Z", url: "https://stspg.example/inc-api-1" };
    const text = supportRequestText({ ...input, serviceStatus: { incidents: [incident], asOf: "2026-11-27T10:15:00.000Z" } });
    expect(text).toContain("Time: 2026-11-27 10:15 UTC\nKnown incident at the time: Elevated error rates on the API (since 2026-11-27 09:58 UTC) https://stspg.example/inc-api-1\nPage:");
    expect(supportRequestMarkdown({ ...input, serviceStatus: { incidents: [incident], asOf: null } })).toContain(
      "- **Known incident at the time:** Elevated error rates on the API (since 2026-11-27 09:58 UTC) https://stspg.example/inc-api-1",
    );
    expect(supportRequestText({ ...input, serviceStatus: { incidents: [], asOf: "2026-11-27T10:14:00.000Z" } })).toContain(
      "Known incident at the time: none (service status as of 2026-11-27 10:14 UTC)",
    );
    expect(supportRequestText(input)).not.toContain("Known incident");
  });
});
