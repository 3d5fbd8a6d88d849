import { describe, expect, it } from "vitest";
import { highlightSegments, queryHighlights } from "@/lib/search/highlight";
import { loadContent } from "@/lib/content/load";
import { buildContentIndex } from "@/lib/search/content-index";
import { Searcher } from "@/lib/search/searcher";

const marked = (text: string, words: readonly string[]) =>
  highlightSegments(text, words)
    .filter((segment) => segment.match)
    .map((segment) => segment.text);

describe("queryHighlights (words to mark in the server's results, which come without them)", () => {
  it("takes the query's words, lowercased, without stop words", () => {
    expect(queryHighlights("Why do I get Rate limit errors")).toEqual(["rate", "limit", "errors", "ratelimit", "limiterrors"]);
  });

  it("keeps a code whole and adds its parts, and a camelCase name's parts", () => {
    expect(queryHighlights("rate_limit_exceeded")).toEqual(["rate_limit_exceeded", "rate", "limit", "exceeded", "ratelimit", "limitexceeded"]);
    expect(queryHighlights("openai.RateLimitError")).toEqual(expect.arrayContaining(["openai", "ratelimiterror", "rate", "limit", "error"]));
  });

  it("keeps stop words when the query has nothing else, and gives nothing for no words", () => {
    expect(queryHighlights("how to")).toEqual(["how", "to", "howto"]);
    expect(queryHighlights("  ?! ")).toEqual([]);
  });

  it("marks what the query names in a result, including the word being typed", () => {
    expect(marked("Rate limit exceeded (429)", queryHighlights("rate lim"))).toEqual(["Rate", "limit"]);
    expect(marked("Rate limit exceeded (429)", queryHighlights("rate limit"))).toEqual(["Rate limit"]);
    expect(marked("Hitting the rate-limit", queryHighlights("rate limit"))).toEqual(["rate-limit"]);
    expect(marked("Too many requests: 429", queryHighlights("429 request"))).toEqual(["requests", "429"]);
    expect(marked("Budget alerts never arrive", queryHighlights("invalid key"))).toEqual([]);
  });
});

describe("highlightSegments, repeated (a text's words and stems are read once and cached)", () => {
  it("marks the same words each time it is asked, for any words", () => {
    const text = "Requests blocked by the budget: requesting more";
    const first = highlightSegments(text, ["request", "budg"]);
    expect(highlightSegments(text, ["request", "budg"])).toEqual(first);
    expect(marked(text, ["block"])).toEqual(["blocked"]);
    expect(marked(text, ["request"])).toEqual(["Requests", "requesting"]);
  });

  it("joins two words for one highlight word and not for the next, on the same text", () => {
    const text = "Rate limit exceeded: rate-limit headers";
    expect(marked(text, ["ratelimit"])).toEqual(["Rate limit", "rate-limit"]);
    expect(marked(text, ["rate"])).toEqual(["Rate", "rate"]);
    expect(marked(text, ["limit", "header"])).toEqual(["limit", "limit", "headers"]);
    expect(marked(text, ["ratelimit"])).toEqual(["Rate limit", "rate-limit"]);
    expect(marked("Rate  limit", ["ratelimit"])).toEqual([]);
  });
});

describe("Searcher.warm (the typo filter built ahead of the first typo)", () => {
  const { content } = loadContent();
  const index = buildContentIndex(content);

  it("ranks a typo the same with and without warming", () => {
    const warmed = new Searcher(index);
    warmed.warm();
    const cold = new Searcher(index);
    for (const query of ["permision denied", "pasword reset", "budjet alerts", "rate limit"]) {
      expect(warmed.search(query)).toEqual(cold.search(query));
    }
    expect(warmed.search("pasword")[0]?.highlights).toContain("password");
  });
});

describe("Searcher.warmUpQueries (searches run and dropped in idle time)", () => {
  const { content } = loadContent();
  const index = buildContentIndex(content);

  it("offers a completion, a two-word and a typo query per word, and running them changes no ranking", () => {
    const warmed = new Searcher(index);
    const queries = warmed.warmUpQueries();
    expect(queries.length).toBeGreaterThanOrEqual(3);
    expect(queries.some((query) => query.includes(" "))).toBe(true);
    for (const query of queries) warmed.search(query);
    const cold = new Searcher(index);
    for (const query of ["permision denied", "pasword reset", "budjet alerts", "rate limit", "exponential bac", "inv"]) {
      expect(warmed.search(query)).toEqual(cold.search(query));
    }
  });
});
