import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { loadContent } from "@/lib/content/load";
import { formatProblem } from "@/lib/content/problems";
import { contentRedirects } from "@/lib/content/redirect-map";
import { currentUrls } from "@/lib/content/url-lock";
import { PER_PAGE } from "@/lib/listings";

const valid = path.join(import.meta.dirname, "../fixtures/valid");
const article = "api/too-many-requests.md";
let dir = "";

/** A scratch copy of the valid fixture, with its published-URL lock, to break on purpose. */
function copyOfValid(): string {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "url-lock-"));
  fs.cpSync(valid, dir, { recursive: true });
  return dir;
}

const problemsIn = (contentDir: string) => loadContent(contentDir).problems.map(formatProblem);
const edit = (file: string, change: (text: string) => string) => fs.writeFileSync(path.join(dir, file), change(fs.readFileSync(path.join(dir, file), "utf8")));

afterEach(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

describe("the published-URL lock", () => {
  it("passes when every locked URL still resolves", () => {
    expect(problemsIn(copyOfValid())).toEqual([]);
  });

  it("fails when an article is renamed without a redirect, naming the URL and the fix", () => {
    copyOfValid();
    fs.renameSync(path.join(dir, article), path.join(dir, "api/rate-limits.md"));
    edit("help/help-guide.md", (text) => text.replace("/articles/too-many-requests#check-headers", "/articles/rate-limits#check-headers"));
    edit("error-codes.yml", (text) => text.replace("too-many-requests:", "rate-limits:"));
    const problems = problemsIn(dir);
    expect(problems).toContainEqual(expect.stringMatching(/published-urls\.txt:\d+: \/articles\/too-many-requests — no longer resolves\. Add "\/articles\/too-many-requests" to the redirectFrom/));
    expect(problems).toContainEqual(expect.stringMatching(/\/articles\/too-many-requests#check-headers — no longer resolves/));
  });

  it("passes when the renamed article redirects from its old path", () => {
    copyOfValid();
    fs.renameSync(path.join(dir, article), path.join(dir, "api/rate-limits.md"));
    edit("help/help-guide.md", (text) => text.replace("/articles/too-many-requests#check-headers", "/articles/rate-limits#check-headers"));
    edit("error-codes.yml", (text) => text.replace("too-many-requests:", "rate-limits:"));
    edit("api/rate-limits.md", (text) => text.replace("updated: 2026-01-02", "updated: 2026-01-02\nredirectFrom: [/articles/too-many-requests]"));
    expect(problemsIn(dir)).toEqual([]);
    expect(contentRedirects(loadContent(dir).content)).toEqual([{ source: "/articles/too-many-requests", destination: "/articles/rate-limits" }]);
  });

  it("fails when a heading is renamed without an alias", () => {
    copyOfValid();
    edit(article, (text) => text.replace("### Back off exponentially", "### Back off with jitter").replace("#back-off-exponentially", "#back-off-with-jitter"));
    expect(problemsIn(dir)).toEqual([
      expect.stringMatching(/\/articles\/too-many-requests#back-off-exponentially — no longer resolves: .* has no heading "#back-off-exponentially"\. Add `anchors: \{ back-off-exponentially: <current-heading-id> \}`/),
    ]);
  });

  it("passes when the renamed heading keeps its old id as an alias", () => {
    copyOfValid();
    edit(article, (text) =>
      text
        .replace("### Back off exponentially", "### Back off with jitter")
        .replace("#back-off-exponentially", "#back-off-with-jitter")
        .replace("updated: 2026-01-02", "updated: 2026-01-02\nanchors: { back-off-exponentially: back-off-with-jitter }"),
    );
    expect(problemsIn(dir)).toEqual([]);
    const rendered = loadContent(dir).content.articles.find((candidate) => candidate.slug === "too-many-requests")!;
    expect(rendered.parts.map((part) => part.headingHtml).join("")).toContain('<h3 id="back-off-with-jitter"><span id="back-off-exponentially"></span>Back off with jitter');
  });

  it("reports new URLs as not yet locked, without failing", () => {
    copyOfValid();
    edit(article, (text) => text.replace("### Back off exponentially", "### Back off exponentially\n\n### Queue requests"));
    const { problems, unlockedUrls } = loadContent(dir);
    expect(problems).toEqual([]);
    expect(unlockedUrls).toEqual(["/articles/too-many-requests#queue-requests"]);
  });

  it("publishes the catalogue's later pages once there are more articles than fit on one", () => {
    copyOfValid();
    const guide = fs.readFileSync(path.join(dir, "help/help-guide.md"), "utf8");
    for (let index = 1; index < PER_PAGE["/articles"]; index += 1) fs.writeFileSync(path.join(dir, `help/guide-${index}.md`), guide.replace("title: Help guide", `title: Guide ${index}`));
    // 2 + 24 articles: the first page is full, so the 26th starts page 2.
    const { problems, unlockedUrls, content } = loadContent(dir);
    expect(problems).toEqual([]);
    expect(unlockedUrls).toContain("/articles/page/2");
    expect(currentUrls(content).filter((url) => url.includes("/page/"))).toEqual(["/articles/page/2"]);
  });

  it("publishes a category's, a code's and a symptom's later pages once they have more articles than fit on one", () => {
    copyOfValid();
    const guide = fs.readFileSync(path.join(dir, "help/help-guide.md"), "utf8");
    for (let index = 1; index <= PER_PAGE.category; index += 1) fs.writeFileSync(path.join(dir, `help/guide-${index}.md`), guide.replace("title: Help guide", `title: Guide ${index}`));
    const fix = fs.readFileSync(path.join(dir, article), "utf8");
    for (let index = 1; index <= PER_PAGE.code; index += 1) fs.writeFileSync(path.join(dir, `api/fix-${index}.md`), fix.replace(/^title: .*$/m, `title: Fix ${index}`));
    // help: 1 + 50 guides; 429, rate_limit_exceeded and the symptom: 1 + 25 articles each. One more than a page.
    const { problems, unlockedUrls, content } = loadContent(dir);
    expect(problems).toEqual([]);
    const later = currentUrls(content).filter((url) => /^\/[a-z]+\/[^/]+\/page\//.test(url));
    expect(later).toEqual(["/categories/help/page/2", "/errors/429/page/2", "/errors/rate_limit_exceeded/page/2", "/symptoms/429-too-many-requests-errors/page/2"]);
    for (const url of later) expect(unlockedUrls).toContain(url);
  });

  for (const gone of ["/symptoms/page/3", "/categories/help/page/2", "/errors/429/page/2", "/symptoms/429-too-many-requests-errors/page/2"]) {
    it(`says so when a locked later page (${gone}) is gone because the list got shorter`, () => {
      copyOfValid();
      edit("published-urls.txt", (text) => `${text}${gone}\n`);
      expect(problemsIn(dir)).toEqual([expect.stringContaining(`${gone} — no longer exists: the list is shorter than it was and has fewer pages. Delete this line on purpose`)]);
    });
  }
});

describe("the listings' page segment", () => {
  it("may not name an article, a symptom or a code, whose URL it would shadow", () => {
    copyOfValid();
    fs.writeFileSync(path.join(dir, "help/page.md"), fs.readFileSync(path.join(dir, "help/help-guide.md"), "utf8"));
    edit(article, (text) => text.replace("  - 429 Too Many Requests errors", "  - 429 Too Many Requests errors\n  - Page").replace("errorCodes: [429, rate_limit_exceeded]", "errorCodes: [429, rate_limit_exceeded, page]"));
    const problems = problemsIn(dir);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/help\/page\.md: file — name "page" is reserved: \/articles\/page\/2, .* rename the file/),
        expect.stringMatching(/too-many-requests\.md: symptoms\[1\] — "Page" would be \/symptoms\/page, which is reserved/),
        expect.stringMatching(/too-many-requests\.md: errorCodes\[2\] — "page" is reserved/),
      ]),
    );
  });
});
