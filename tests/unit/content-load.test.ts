import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadContent } from "@/lib/content/load";
import { formatProblem, formatReport } from "@/lib/content/problems";

const fixtures = path.join(import.meta.dirname, "../fixtures");

describe("loadContent on valid content", () => {
  const { content, problems } = loadContent(path.join(fixtures, "valid"));

  it("reports no problems", () => {
    expect(problems).toEqual([]);
  });

  it("reads articles from every folder, slug from the file name", () => {
    expect(content.articles.map((article) => [article.slug, article.url, article.file])).toEqual([
      ["too-many-requests", "/articles/too-many-requests", "tests/fixtures/valid/api/too-many-requests.md"],
      ["help-guide", "/articles/help-guide", "tests/fixtures/valid/help/help-guide.md"],
    ]);
  });

  it("keeps categories in their declared order", () => {
    expect(content.categories.map((category) => category.id)).toEqual(["api", "help"]);
  });

  it("keeps dates as the YYYY-MM-DD string the author wrote", () => {
    expect(content.articles[0]?.updated).toBe("2026-01-02");
  });

  it("finds the solution steps, in order, with pinned and generated ids", () => {
    expect(content.articles[0]?.solutions).toEqual([
      { id: "check-headers", title: "Check the headers" },
      { id: "back-off-exponentially", title: "Back off exponentially" },
    ]);
  });

  it("builds the table of contents from ## and ### headings", () => {
    expect(content.articles[0]?.toc.map((heading) => [heading.depth, heading.id])).toEqual([
      [2, "solutions"],
      [3, "check-headers"],
      [3, "back-off-exponentially"],
      [2, "still-stuck"],
    ]);
  });

  it("moves the Still stuck? section out of the body for the page footer", () => {
    const article = content.articles[0]!;
    expect(article.parts.map((part) => part.headingHtml + part.bodyHtml).join("")).not.toContain("Still stuck?");
    expect(article.stillStuckHtml).toContain('<a href="/articles/help-guide">the guide</a>');
  });
});

describe("loadContent on broken content", () => {
  const { content, problems } = loadContent(path.join(fixtures, "broken"));
  const report = problems.map(formatProblem);

  it("reports every problem of every file together", async () => {
    await expect(formatReport(problems)).toMatchFileSnapshot("./__snapshots__/broken-content-report.txt");
  });

  it.each([
    ["an unknown field, with a suggestion", "tests/fixtures/broken/unknown-field.md:3: sumary — unknown field (did you mean \"summary\"?"],
    ["a summary over 200 characters", "tests/fixtures/broken/invalid-fields.md:3: summary — must be at most 200 characters"],
    ["a quoted HTTP status", "tests/fixtures/broken/invalid-fields.md:6: errorCodes[1] — must be an HTTP status as an unquoted number"],
    ["an impossible date", "tests/fixtures/broken/invalid-fields.md:8: updated — must be a date written YYYY-MM-DD"],
    ["a missing title", "tests/fixtures/broken/missing-required.md: title — is required"],
    ["an undeclared category", "tests/fixtures/broken/unknown-category.md:4: category — must be one of the categories"],
    ["a duplicate slug across folders", "tests/fixtures/broken/two/duplicate.md: file — slug \"duplicate\" is already used by tests/fixtures/broken/one/duplicate.md"],
    ["a related slug that does not exist", "tests/fixtures/broken/missing-related.md:8: related[1] — no article has the slug \"does-not-exist\""],
    ["a link to a missing article", "tests/fixtures/broken/broken-links.md:12: body — link \"/articles/no-such-article\" points to no page of this site"],
    ["a link to a missing anchor", "tests/fixtures/broken/broken-links.md:14: body — link \"/articles/target#no-such-heading\" points to no heading"],
    ["a missing anchor on the same page", "tests/fixtures/broken/broken-links.md:16: body — link \"#nowhere\" points to no heading"],
    ["a link to a page the site does not serve", "tests/fixtures/broken/broken-links.md:16: body — link \"/pricing\" points to no page of this site"],
    ["a Solutions section with no solution", "tests/fixtures/broken/empty-solutions.md:8: body — the \"## Solutions\" section has no solution"],
    ["a troubleshooting article without Solutions", "tests/fixtures/broken/no-solutions-section.md: body — a troubleshooting article needs a \"## Solutions\" section"],
    ["a troubleshooting article without symptoms", "tests/fixtures/broken/no-solutions-section.md: symptoms — a troubleshooting article needs at least one symptom"],
    ["invalid YAML, with its line", "tests/fixtures/broken/bad-yaml.md:4: frontmatter — is not valid YAML"],
    ["no frontmatter at all", "tests/fixtures/broken/no-frontmatter.md:1: frontmatter — missing"],
    ["a file name that is not a slug", "tests/fixtures/broken/Bad_Name.md: file — name \"Bad_Name\" is not a slug"],
    ["a # heading in the body", "tests/fixtures/broken/Bad_Name.md:8: body — use `##` for sections"],
    ["a malformed pinned id", "tests/fixtures/broken/Bad_Name.md:12: body — pinned heading id \"{#Not Valid}\""],
    ["an error code the catalogue does not describe", "tests/fixtures/broken/undescribed-code.md:6: errorCodes[0] — \"418\" is not in tests/fixtures/broken/error-codes.yml"],
    ["a catalogue code no article claims", "tests/fixtures/broken/error-codes.yml: code 410 — no article lists it in errorCodes"],
    ["a catalogue start step in an article that does not claim the code", "tests/fixtures/broken/error-codes.yml: code 429: start — article \"target\" does not list 429"],
    ["a redirect from the article's own URL", "tests/fixtures/broken/bad-redirects.md:7: redirectFrom[0] — \"/articles/bad-redirects\" is this article's own URL: the redirect would loop"],
    ["a redirect that would hide a live page", "tests/fixtures/broken/bad-redirects.md:8: redirectFrom[1] — \"/articles/target\" is a live page of the site"],
    ["two articles redirecting the same path", "tests/fixtures/broken/colliding-redirect.md:6: redirectFrom[0] — \"/old/shared-path/\" is already redirected to tests/fixtures/broken/bad-redirects.md"],
    ["an anchor alias to a missing heading", "tests/fixtures/broken/bad-redirects.md:11: anchors.old-step — points to \"#no-such-heading\", which is no heading of this article"],
    ["an anchor alias that is still a heading's id", "tests/fixtures/broken/bad-redirects.md:12: anchors.fix-it — is still the id of a heading"],
    ["a missing published-URL lock", "tests/fixtures/broken/published-urls.txt: file — missing: run `npm run urls:lock`"],
    ["a navigator group naming a missing category", "tests/fixtures/broken/navigator.yml: groups[0].categories[1] — no category \"billing\""],
    ["a navigator group naming a missing article", "tests/fixtures/broken/navigator.yml: groups[0].articles[0] — no article has the slug \"no-such-article\""],
  ])("catches %s", (_kind, expected) => {
    expect(report.some((line) => line.startsWith(expected))).toBe(true);
  });

  it("does not report valid links or valid files", () => {
    expect(report.filter((line) => line.includes("#fix-it") || line.startsWith("tests/fixtures/broken/target.md"))).toEqual([]);
  });

  it("still returns the articles that are valid", () => {
    expect(content.articles.map((article) => article.slug)).toContain("target");
    expect(content.articles.map((article) => article.slug)).not.toContain("unknown-field");
  });
});

describe("the bundled content", () => {
  it("passes its own check", () => {
    const { content, problems } = loadContent();
    expect(problems.map(formatProblem)).toEqual([]);
    expect(content.articles.length).toBeGreaterThanOrEqual(14);
  });
});
