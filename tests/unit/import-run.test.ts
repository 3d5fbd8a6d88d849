import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { loadContent } from "@/lib/content/load";
import { formatReport } from "@/lib/content/problems";
import { runImport, type ImportOptions } from "@/lib/import/run";

const FIXTURES = path.resolve("tests/fixtures/import");
let root: string;
let options: ImportOptions;

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), "import-test-"));
  fs.cpSync(path.join(FIXTURES, "site"), path.join(root, "content"), { recursive: true });
  options = {
    format: "markdown",
    source: path.join(FIXTURES, "markdown"),
    contentRoot: path.join(root, "content"),
    into: "kb",
    oldUrlPrefix: "/docs/help",
    force: false,
    publicDir: path.join(root, "public"),
    today: "2026-11-30",
  };
});
afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

const read = (file: string) => fs.readFileSync(path.join(root, file), "utf8");
const frontmatter = (file: string) => parse(read(file).split("---\n")[1]!, { schema: "core" }) as Record<string, unknown>;
const files = (dir: string): Map<string, { text: string; mtime: number }> =>
  new Map(
    (fs.readdirSync(dir, { recursive: true, encoding: "utf8" }) as string[])
      .filter((name) => fs.statSync(path.join(dir, name)).isFile())
      .map((name) => [name, { text: fs.readFileSync(path.join(dir, name), "utf8"), mtime: fs.statSync(path.join(dir, name)).mtimeMs }]),
  );

function expectValid(contentRoot: string) {
  const { problems } = loadContent(contentRoot);
  expect(problems.length === 0 ? "" : formatReport(problems)).toBe("");
}

describe("content:import markdown", () => {
  it("imports every article of every dialect, skips the rest with a reason, and the result passes content:check", () => {
    const report = runImport(options);
    expect(report.imported.map((entry) => entry.slug).sort()).toEqual(
      ["connection-refused", "connections", "mintlify", "request-timeouts", "shortcodes", "starlight-and-nextra", "supabase-style"].sort(),
    );
    expect(report.skipped).toEqual([
      { source: "README.md", reason: expect.stringMatching(/not an article/) },
      { source: "_partial.mdx", reason: expect.stringMatching(/partial/) },
      { source: "hugo/draft.md", reason: expect.stringMatching(/draft/) },
    ]);
    expect(report.imported.every((entry) => entry.status === "created")).toBe(true);
    expectValid(options.contentRoot);
  });

  it("keeps old URLs as redirects: prefix + path, index for its folder, slug and aliases winning", () => {
    runImport(options);
    expect(frontmatter("content/kb/connection-problems/connection-refused.md").redirectFrom).toEqual(["/docs/help/connections/connection-refused"]);
    expect(frontmatter("content/kb/connection-problems/connections.md").redirectFrom).toEqual(["/docs/help/connections"]);
    expect(frontmatter("content/kb/connection-problems/request-timeouts.md").redirectFrom).toEqual(["/docs/help/connections/request-timeouts"]);
    expect(frontmatter("content/kb/hugo/shortcodes.md").redirectFrom).toEqual(["/docs/help/hugo/shortcodes", "/kb/disk-full"]);
    const lock = read("content/published-urls.txt");
    expect(lock).toContain("/docs/help/connections\n");
    expect(lock).toContain("/kb/disk-full\n");
  });

  it("rewrites links between imported articles (anchors mapped) and copies relative images into public/", () => {
    runImport(options);
    const refused = read("content/kb/connection-problems/connection-refused.md");
    expect(refused).toContain("[the timeouts article](/articles/request-timeouts#increase-the-timeout)");
    expect(refused).toContain("[overview](/articles/connections)");
    expect(refused).toMatch(/!\[Where the proxy setting lives\]\(\/imported\/kb\/[0-9a-f]{10}-proxy\.png\)/);
    expect(fs.readdirSync(path.join(root, "public/imported/kb"))).toHaveLength(1);
    expect(read("content/kb/connection-problems/request-timeouts.md")).toContain("[the refused-connection fix](/articles/connection-refused#why-this-happens)");
    expect(frontmatter("content/kb/connection-problems/connection-refused.md").anchors).toEqual({ why: "why-this-happens", "how-to-fix-it": "solutions" });
  });

  it("derives troubleshooting frontmatter from declared errors and declares new codes and categories for review", () => {
    runImport(options);
    const supabase = frontmatter("content/kb/auth/supabase-style.md");
    expect(supabase).toMatchObject({
      title: "Auth error: 401 invalid claim: missing sub claim",
      category: "auth",
      symptoms: ["invalid claim: missing sub claim", "42501: permission denied for table profiles"],
      errorCodes: [401, "bad_jwt"],
    });
    const catalogue = parse(read("content/error-codes.yml"), { schema: "core" });
    expect(catalogue.platform).toEqual([expect.objectContaining({ code: "bad_jwt", status: 401, meaning: "invalid claim: missing sub claim", review: expect.stringContaining("supabase-style.mdx") })]);
    expect(catalogue.http).toEqual([expect.objectContaining({ code: 401, name: "Unauthorized", review: expect.any(String) })]);
    const categories = parse(read("content/categories.yml"), { schema: "core" }) as { id: string; name: string }[];
    expect(categories.map((category) => category.id)).toEqual(["help", "connection-problems", "guides", "hugo", "auth"]);
    expect(categories[1]!.name).toBe("Connection problems");
    expect(frontmatter("content/kb/guides/starlight-and-nextra.md").type).toBe("guide");
  });

  it("re-importing an unchanged source writes nothing", () => {
    runImport(options);
    const before = new Map([...files(path.join(root, "content")), ...files(path.join(root, "public"))]);
    const report = runImport({ ...options, today: "2027-01-01" });
    expect(report.imported.every((entry) => entry.status === "unchanged")).toBe(true);
    expect(new Map([...files(path.join(root, "content")), ...files(path.join(root, "public"))])).toEqual(before);
  });

  it("updates in place by source id, and keeps a hand-edited article unless forced", () => {
    runImport(options);
    const file = path.join(root, "content/kb/connection-problems/request-timeouts.md");
    const moved = path.join(root, "content/kb/elsewhere/request-timeouts.md");
    fs.mkdirSync(path.dirname(moved));
    fs.renameSync(file, moved);
    fs.writeFileSync(moved, fs.readFileSync(moved, "utf8").replace("Long requests stop", "Long requests (edited) stop"));

    const kept = runImport(options);
    expect(kept.imported.find((entry) => entry.slug === "request-timeouts")).toMatchObject({ status: "kept", file: expect.stringMatching(/kb\/elsewhere\/request-timeouts\.md$/) });
    expect(fs.readFileSync(moved, "utf8")).toContain("(edited)");
    expect(fs.existsSync(file)).toBe(false);

    const forced = runImport({ ...options, force: true });
    expect(forced.imported.find((entry) => entry.slug === "request-timeouts")?.status).toBe("updated");
    expect(fs.readFileSync(moved, "utf8")).not.toContain("(edited)");
    expectValid(options.contentRoot);
  });
});

describe("content:import zendesk", () => {
  it("imports the export (pages, sections, categories), skips drafts and other locales, and passes content:check", () => {
    const report = runImport({ ...options, format: "zendesk", source: path.join(FIXTURES, "zendesk"), into: "help-center", oldUrlPrefix: undefined });
    expect(report.imported.map((entry) => entry.slug)).toEqual(["api-requests-fail-with-401-unauthorized", "budget-alerts-never-arrive", "getting-started-with-the-console"]);
    expect(report.skipped.map((entry) => entry.reason)).toEqual([expect.stringMatching(/draft/), expect.stringMatching(/another locale/)]);
    const article = frontmatter("content/help-center/api-keys/api-requests-fail-with-401-unauthorized.md");
    expect(article).toMatchObject({ redirectFrom: ["/hc/en-us/articles/360001111"], errorCodes: [401], anchors: { h_01HW0AAAA3: "send-the-key-in-the-authorization-header" } });
    const body = read("content/help-center/api-keys/api-requests-fail-with-401-unauthorized.md");
    expect(body).toContain("[the budget article](/articles/budget-alerts-never-arrive#how-to-fix-it)");
    expect(body).toContain("[Image: The API keys page](https://help.example.zendesk.com/hc/article_attachments/777/keys.png)");
    expect(body).not.toContain("cookie");
    expect(read("content/help-center/billing-and-budgets/budget-alerts-never-arrive.md")).toContain("(https://help.example.zendesk.com/hc/en-us/articles/999-Retired-guide)");
    expect(report.imported[0]!.warnings.join("\n")).toMatch(/scripts, never run/);
    expectValid(options.contentRoot);
  });
});
