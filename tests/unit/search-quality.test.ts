import { describe, expect, it } from "vitest";
import { loadContent } from "@/lib/content/load";
import { buildContentIndex } from "@/lib/search/content-index";
import { Searcher } from "@/lib/search/searcher";
import { SEARCH_QUERIES } from "./search-queries";

const { content } = loadContent();
const searcher = new Searcher(buildContentIndex(content));

const ranks = SEARCH_QUERIES.map(([query, slug]) => {
  const found = searcher.search(query, 10).map((result) => result.slug);
  return { query, slug, rank: found.indexOf(slug) + 1, top: found.slice(0, 3) };
});

describe("search quality on the bundled content", () => {
  it("has a test set of at least 60 queries", () => {
    expect(SEARCH_QUERIES.length).toBeGreaterThanOrEqual(60);
  });

  it("puts the expected article first for at least 90 % of queries", () => {
    const misses = ranks.filter(({ rank }) => rank !== 1);
    const hitAt1 = 1 - misses.length / ranks.length;
    expect({ hitAt1: hitAt1 >= 0.9 ? "≥ 90 %" : `${(hitAt1 * 100).toFixed(1)} %`, misses }).toMatchObject({ hitAt1: "≥ 90 %" });
  });

  it("never lets an expected article fall out of the top 3", () => {
    expect(ranks.filter(({ rank }) => rank < 1 || rank > 3)).toEqual([]);
  });
});
