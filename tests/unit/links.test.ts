import { describe, expect, it } from "vitest";
import { checkInternalLinks, type LinkTarget } from "@/lib/content/links";

const targets = new Map<string, LinkTarget>([
  ["/", {}],
  ["/categories/api", {}],
  ["/articles/rate-limit-exceeded", { anchors: new Set(["solutions", "exponential-backoff"]) }],
  ["/articles/here", { anchors: new Set(["local"]) }],
]);

function check(...hrefs: string[]) {
  return checkInternalLinks(
    { file: "content/api/here.md", path: "/articles/here", bodyLineOffset: 10, links: hrefs.map((href, index) => ({ href, line: index + 1 })) },
    targets,
  ).map((problem) => `${problem.line}: ${problem.message}`);
}

describe("checkInternalLinks", () => {
  it("accepts links to pages and anchors that exist", () => {
    expect(check("/", "/categories/api", "/articles/rate-limit-exceeded", "/articles/rate-limit-exceeded#exponential-backoff", "#local")).toEqual([]);
  });

  it("tolerates a trailing slash and a query string", () => {
    expect(check("/articles/rate-limit-exceeded/", "/articles/rate-limit-exceeded?ref=ticket#solutions")).toEqual([]);
  });

  it("ignores external links and mail links", () => {
    expect(check("https://status.example.com", "mailto:support@example.com", "//cdn.example.com/x")).toEqual([]);
  });

  it("reports missing pages and anchors with file lines", () => {
    expect(check("/articles/nope", "/articles/rate-limit-exceeded#nope", "#missing", "/pricing")).toEqual([
      '11: link "/articles/nope" points to no page of this site',
      '12: link "/articles/rate-limit-exceeded#nope" points to no heading "#nope" on /articles/rate-limit-exceeded',
      '13: link "#missing" points to no heading "#missing" on /articles/here',
      '14: link "/pricing" points to no page of this site',
    ]);
  });

  it("reports a malformed % escape in an anchor instead of throwing", () => {
    expect(check("#%", "/articles/rate-limit-exceeded#50%-off", "#exponential%2Dbackoff")).toEqual([
      '11: link "#%" has a malformed % escape in its anchor (write "%25" for a literal "%")',
      '12: link "/articles/rate-limit-exceeded#50%-off" has a malformed % escape in its anchor (write "%25" for a literal "%")',
      '13: link "#exponential%2Dbackoff" points to no heading "#exponential-backoff" on /articles/here',
    ]);
  });
});
