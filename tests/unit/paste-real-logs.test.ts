import { describe, expect, it } from "vitest";
import { loadContent } from "@/lib/content/load";
import { pasteCatalogue } from "@/lib/paste/catalogue";
import { readPaste } from "@/lib/paste/read-paste";
import { buildContentIndex } from "@/lib/search/content-index";
import { Searcher } from "@/lib/search/searcher";
import { REAL_LOG_SNIPPETS } from "./paste-real-logs";

const catalogue = pasteCatalogue(loadContent().content);
// Built from the content, as the build does: tests do not depend on a build having run.
const searcher = new Searcher(buildContentIndex(loadContent().content));

/** What the paste box shows first: the best recognized match, else the best search result for the words. */
function firstArticle(paste: string): string | undefined {
  const reading = readPaste(paste, catalogue);
  return reading.suggestions[0]?.slug ?? searcher.search(reading.searchText, 1)[0]?.slug;
}

describe("the paste box on real tools' output", () => {
  it("has at least 40 snippets from at least 10 kinds of source", () => {
    expect(REAL_LOG_SNIPPETS.length).toBeGreaterThanOrEqual(40);
  });

  it.each(REAL_LOG_SNIPPETS.map((snippet) => [snippet.source, snippet] as const))("%s", (_source, { paste, first }) => {
    expect(firstArticle(paste)).toBe(first);
  });

  it("lets a status in a log line win over generic words (ERROR, failed, error_rate)", () => {
    const reading = readPaste('level=ERROR msg="request failed" resp_status=429 error_rate=0.12', catalogue);
    expect(reading.labels[0]).toBe("HTTP 429 Too Many Requests");
    expect(reading.suggestions[0]?.slug).toBe("rate-limit-exceeded");
  });

  it("lets budget words win over 'blocked', and 'blocked' alone still mean an access policy", () => {
    const budget = readPaste("requests blocked because our budget limit is reached", catalogue);
    expect(budget.labels).toEqual(["Likely HTTP 402 Payment Required (“budget limit”)", "Likely code budget_exceeded"]);
    expect(budget.suggestions[0]?.slug).toBe("budget-exceeded");
    expect(readPaste("my requests are blocked", catalogue).suggestions[0]?.slug).toBe("permission-denied");
  });
});
