import { describe, expect, it } from "vitest";
import { loadContent } from "@/lib/content/load";
import { buildIndex } from "@/lib/search/build-index";
import { buildContentIndex } from "@/lib/search/content-index";
import { highlightSegments } from "@/lib/search/highlight";
import { cleanQuery, parseLimit } from "@/lib/search/query-params";
import { Searcher } from "@/lib/search/searcher";
import { camelParts, tokenize } from "@/lib/search/text";
import type { SearchRecord } from "@/lib/search/types";
import { typoDistance } from "@/lib/search/word-matcher";

const { content } = loadContent();
const searcher = new Searcher(buildContentIndex(content));
const slugs = (query: string, limit = 10) => searcher.search(query, limit).map((result) => result.slug);

describe("error codes are exact", () => {
  it.each([
    ["429", "rate-limit-exceeded"],
    ["HTTP 429", "rate-limit-exceeded"],
    ["rate_limit_exceeded", "rate-limit-exceeded"],
    ["402", "budget-exceeded"],
  ])("%s goes first to the article that declares it", (query, slug) => {
    expect(slugs(query)[0]).toBe(slug);
  });

  it.each(["492", "4290", "42", "999"])("%s matches nothing, not a near number", (query) => {
    expect(slugs(query)).toEqual([]);
  });

  it("an unknown code falls back to its words", () => {
    expect(slugs("rate_limit_exceded")[0]).toBe("rate-limit-exceeded");
  });
});

describe("ranking", () => {
  it("ranks an article matching every word above one matching some", () => {
    const [first] = searcher.search("budget alerts email");
    expect(first?.slug).toBe("budget-alerts-not-working");
  });

  it("links a matched solution heading by its anchor", () => {
    const [first] = searcher.search("exponential backoff");
    expect(first).toMatchObject({
      slug: "rate-limit-exceeded",
      url: "/articles/rate-limit-exceeded#exponential-backoff",
      section: "Implement exponential backoff",
    });
  });

  it("lands on the article's top when its title already covers the query", () => {
    expect(searcher.search("invalid api key")[0]).toMatchObject({ slug: "invalid-api-key", url: "/articles/invalid-api-key", section: null });
  });

  it("completes the word being typed", () => {
    expect(slugs("budg", 2)).toEqual(expect.arrayContaining(["budget-exceeded", "budget-alerts-not-working"]));
  });

  it("tolerates one typo in a word of four letters or more, not in shorter words", () => {
    expect(slugs("pasword")[0]).toBe("authentication-failures");
    expect(slugs("exponentail")[0]).toBe("rate-limit-exceeded");
    expect(slugs("2fq")).not.toContain("authentication-failures");
  });

  it("reads a sentence by its meaningful words", () => {
    expect(slugs("why can't I log in to the portal")[0]).toBe("authentication-failures");
  });

  it("reads a pasted camelCase name by its words when the articles do not use the name itself", () => {
    expect(slugs("RateLimitExceededError")[0]).toBe("rate-limit-exceeded");
    expect(slugs("TooManyRequestsError")[0]).toBe("rate-limit-exceeded");
  });

  it("matches a camelCase name an article does use exactly, not by its parts", () => {
    expect(slugs("AuthenticationError")).toEqual(["invalid-api-key"]);
  });

  it("ranks an article that uses a body word throughout above one that mentions it once", () => {
    const record = (slug: string, body: string): SearchRecord => ({
      slug,
      url: `/articles/${slug}`,
      title: slug,
      summary: "",
      symptoms: [],
      codes: [],
      sections: [{ id: null, heading: "", depth: 1, text: body }],
    });
    const index = buildIndex(
      [record("passing", "Check the webhook once."), record("about", "The webhook fails. Resend the webhook. Verify the webhook secret.")],
      { synonyms: [], phrases: [] },
    );
    expect(new Searcher(index).search("webhook").map((result) => result.slug)).toEqual(["about", "passing"]);
  });

  it("respects the limit", () => {
    expect(searcher.search("error", 3)).toHaveLength(3);
  });

  it("returns the words to highlight, including corrected typos", () => {
    expect(searcher.search("pasword")[0]?.highlights).toContain("password");
  });
});

describe("hostile and empty queries", () => {
  it.each(["", "   ", "!!!", "the and of", "<script>alert(1)</script>", "'; DROP TABLE articles; --", "\u0000\u202e\ud83d\ude00", "a".repeat(100_000), "(((((((((("])(
    "answers %j calmly",
    (query) => {
      expect(() => searcher.search(query)).not.toThrow();
    },
  );

  it("bounds the work of a 100 KB query: only its first 200 characters are read", () => {
    const long = `${"budget ".repeat(15_000)}password`;
    expect(searcher.search(long)).toEqual(searcher.search(long.slice(0, 200)));
    expect(slugs(long)).not.toContain("authentication-failures");
  });
});

describe("query parameters", () => {
  it("trims, collapses whitespace, drops control characters and caps at 200 characters", () => {
    expect(cleanQuery("  rate \n\t limit\u0000 ")).toBe("rate limit");
    expect(cleanQuery("x".repeat(500))).toHaveLength(200);
    expect(cleanQuery(null)).toBe("");
  });

  it("defaults the limit to 10, clamps it to 1…50, and refuses what is not a number", () => {
    expect(parseLimit(null)).toEqual({ limit: 10 });
    expect(parseLimit("0")).toEqual({ limit: 1 });
    expect(parseLimit("500")).toEqual({ limit: 50 });
    expect(parseLimit("abc")).toHaveProperty("error");
    expect(parseLimit("-3")).toHaveProperty("error");
    expect(parseLimit("1e9")).toHaveProperty("error");
  });
});

describe("words", () => {
  it("splits camelCase and PascalCase names, acronyms included, and leaves other words alone", () => {
    expect(camelParts("RateLimitError")).toEqual(["rate", "limit", "error"]);
    expect(camelParts("HTTPSConnectionPool")).toEqual(["https", "connection", "pool"]);
    expect(camelParts("retryAfter")).toEqual(["retry", "after"]);
    expect(camelParts("APIs")).toBeNull();
    expect(camelParts("budget")).toBeNull();
    expect(camelParts("HTTP")).toBeNull();
  });

  it("indexes a camelCase name whole and by its words", () => {
    expect(tokenize("openai.RateLimitError")).toEqual(["openai", "ratelimiterror", "rate", "limit", "error"]);
  });
});

describe("typo distance and highlighting", () => {
  it("counts a swap of two letters as one typo", () => {
    expect(typoDistance("pasword", "password", 2)).toBe(1);
    expect(typoDistance("lgoin", "login", 2)).toBe(1);
    expect(typoDistance("budget", "bucket", 1)).toBe(2);
  });

  it("marks the words of a phrase that search read as one word", () => {
    const [first] = searcher.search("rate limit");
    expect(highlightSegments(first!.title, first!.highlights)[0]).toEqual({ text: "Rate limit", match: true });
    expect(highlightSegments("Can't log in or sign-in", ["login", "signin"]).filter((segment) => segment.match)).toEqual([
      { text: "log in", match: true },
      { text: "sign-in", match: true },
    ]);
  });

  it("marks words with the same stem and words being typed", () => {
    expect(highlightSegments("Requests blocked by the budget", ["request", "budg"])).toEqual([
      { text: "Requests", match: true },
      { text: " blocked by the ", match: false },
      { text: "budget", match: true },
    ]);
  });
});
