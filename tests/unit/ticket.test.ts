import { describe, expect, it } from "vitest";
import { ticketMarkdown, ticketPlainText } from "@/lib/links/ticket";

const step = {
  articleTitle: "Rate limit exceeded",
  stepTitle: "Implement exponential backoff",
  url: "https://help.example/articles/rate-limit-exceeded#exponential-backoff",
  summary: "Your requests arrive faster than your rate limit allows.",
};

describe("ticket snippets", () => {
  it("link the exact step in Markdown, with the summary", () => {
    expect(ticketMarkdown(step)).toBe(
      "[Rate limit exceeded › Implement exponential backoff](https://help.example/articles/rate-limit-exceeded#exponential-backoff)\n\nYour requests arrive faster than your rate limit allows.",
    );
  });

  it("give the same in plain text", () => {
    expect(ticketPlainText(step)).toBe(
      "Rate limit exceeded › Implement exponential backoff\nhttps://help.example/articles/rate-limit-exceeded#exponential-backoff\n\nYour requests arrive faster than your rate limit allows.",
    );
  });

  it("link the article when no step is named, and keep brackets and parentheses from breaking the link", () => {
    expect(ticketMarkdown({ articleTitle: "Invalid API key [401] (Unauthorized)", url: "https://help.example/a (b)", summary: "S." })).toBe(
      "[Invalid API key \\[401\\] (Unauthorized)](https://help.example/a%20%28b%29)\n\nS.",
    );
  });
});
