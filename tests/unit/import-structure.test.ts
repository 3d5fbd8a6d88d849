import type { Root } from "mdast";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { describe, expect, it } from "vitest";
import { claimCodes, statusesInTitle } from "@/lib/import/derive/codes";
import { shorten } from "@/lib/import/derive/text";
import { settleIds } from "@/lib/import/structure/anchors";
import { normalizeHeadings, recordSourceIds } from "@/lib/import/structure/headings";
import { restructure } from "@/lib/import/structure/solutions";
import { bodyMarkdown } from "@/lib/import/write/article-file";
import { zendeskRedirects } from "@/lib/redirects/zendesk";

const tree = (markdown: string): Root => {
  const root = unified().use(remarkParse).parse(markdown);
  recordSourceIds(root, true);
  return root;
};

function shape(markdown: string, title = "Something fails", declaresErrors = false) {
  const root = tree(markdown);
  const result = restructure(root, { title, declaresErrors });
  const ids = settleIds(root);
  return { ...ids, ...result, warnings: [...result.warnings, ...ids.warnings], markdown: bodyMarkdown(root) };
}

describe("troubleshooting structure", () => {
  it("renames a generic fix section that already has ### fixes, and aliases its old id", () => {
    const result = shape("Intro.\n\n## How to fix it\n\n### Rotate the key\n\nDo it.\n\n### Check the header\n\nLook.");
    expect(result.type).toBe("troubleshooting");
    expect(result.markdown).toBe("Intro.\n\n## Solutions\n\n### Rotate the key {#rotate-the-key}\n\nDo it.\n\n### Check the header {#check-the-header}\n\nLook.");
    expect(result.anchors).toEqual({ "how-to-fix-it": "solutions" });
  });

  it("gathers several fix sections under one ## Solutions, moving them together, each a ### fix", () => {
    const result = shape("## Workaround\n\nRetry.\n\n## Why this happens\n\nLoad.\n\n## Permanent fix: raise the limit\n\n### Details\n\nAsk.");
    expect(result.markdown).toBe(
      "## Solutions\n\n### How to fix it {#workaround}\n\nRetry.\n\n### Permanent fix: raise the limit {#permanent-fix-raise-the-limit}\n\n#### Details\n\nAsk.\n\n## Why this happens\n\nLoad.",
    );
    expect(result.warnings.join("\n")).toMatch(/moved next to each other/);
  });

  it("makes an escalation section the Still stuck? footer", () => {
    const result = shape("## Resolve\n\nDo X.\n\n## Escalate\n\nOpen a ticket.");
    expect(result.markdown).toContain("## Still stuck?\n\nOpen a ticket.");
    expect(result.anchors).toMatchObject({ escalate: "still-stuck" });
    expect(result.replaced).toEqual(expect.arrayContaining(["Escalate", "Resolve"]));
  });

  it("a short answer to a problem the title names is one fix; other articles stay guides", () => {
    const answer = shape("Clear the queue, then reinstall the extension.", "42501: permission denied", true);
    expect(answer.type).toBe("troubleshooting");
    expect(answer.markdown).toBe("## Solutions\n\n### How to fix it {#how-to-fix-it}\n\nClear the queue, then reinstall the extension.");
    expect(shape("## What is egress\n\nBytes out.", "All about egress").type).toBe("guide");
    expect(shape("Bytes out.", "All about egress").type).toBe("guide");
  });

  it("keeps old heading ids other sites generated as aliases, and pins fixes on the source's own ids", () => {
    const root = tree("## Solution {#fix-it}\n\nDo it.");
    (root.children[0]!.data as { sourceId?: string }).sourceId = "h_01HZ";
    restructure(root, { title: "t", declaresErrors: false });
    const { anchors, ids } = settleIds(root);
    expect(bodyMarkdown(root)).toBe("## Solutions\n\n### How to fix it {#how-to-fix-it}\n\nDo it.");
    expect(anchors).toEqual({ h_01HZ: "how-to-fix-it" });
    expect(ids.get("h_01HZ")).toBe("how-to-fix-it");
  });
});

describe("headings", () => {
  it("drops a first # heading that repeats the title and moves # sections down a level", () => {
    const root = tree("# Disk full\n\nText.\n\n# Workaround\n\n## Detail");
    expect(normalizeHeadings(root, "Disk full")).toHaveLength(1);
    expect(bodyMarkdown(root)).toBe("Text.\n\n## Workaround\n\n### Detail");
  });
});

describe("derived fields", () => {
  it("shortens at sentences, else words with an ellipsis, and leaves short text alone", () => {
    expect(shorten("One. Two is longer.", 10)).toBe("One.");
    expect(shorten("alpha beta gamma delta", 12, false)).toBe("alpha beta…");
    expect(shorten("fits", 10)).toBe("fits");
  });

  it("keeps HTTP statuses and snake_case codes, lowercases ALL-CAPS codes, and leaves the rest as text", () => {
    const { claims, textCodes } = claimCodes([
      { httpStatus: 401, code: "bad_jwt", message: "invalid claim" },
      { code: "PGRST301" },
      { code: "42501", message: "permission denied" },
      { code: "OverRequestRateLimit" },
    ]);
    expect(claims.map((claim) => claim.code)).toEqual([401, "bad_jwt", "pgrst301"]);
    expect([...textCodes]).toEqual(["42501", "OverRequestRateLimit"]);
  });

  it("finds statuses a title names unmistakably, not bare numbers", () => {
    expect(statusesInTitle("API requests fail with 401 Unauthorized")).toEqual([{ httpStatus: 401 }]);
    expect(statusesInTitle("Error 503 from the gateway")).toEqual([{ httpStatus: 503 }]);
    expect(statusesInTitle("Upgrade to 200 connections")).toEqual([]);
  });
});

describe("Zendesk old URLs", () => {
  const match = zendeskRedirects([
    { source: "/hc/en-us/articles/360001111", destination: "/articles/a" },
    { source: "/docs/other", destination: "/articles/b" },
  ]);
  it("match by id, in any locale, with or without title words", () => {
    expect(match("/hc/en-us/articles/360001111")).toBe("/articles/a");
    expect(match("/hc/fr/articles/360001111-Les-requ%C3%AAtes")).toBe("/articles/a");
    expect(match("/hc/en-gb/articles/360001111-old-title")).toBe("/articles/a");
  });
  it("miss other ids and other paths", () => {
    expect(match("/hc/en-us/articles/3600011112")).toBeUndefined();
    expect(match("/hc/en-us/articles/360001111/comments")).toBeUndefined();
    expect(match("/docs/other")).toBeUndefined();
  });
});

describe("slugs from file names", () => {
  it("drop a short random id some sites append, and keep real words", async () => {
    const { withoutRandomId } = await import("@/lib/import/formats/markdown-fields");
    expect(withoutRandomId("connection-errors-when-connecting-EjHYLS")).toBe("connection-errors-when-connecting");
    expect(withoutRandomId("42501--permission-denied-KnozmQ")).toBe("42501--permission-denied");
    expect(withoutRandomId("auth-error-500-querying-schema-eb6b44")).toBe("auth-error-500-querying-schema");
    expect(withoutRandomId("realtime-connections-status")).toBe("realtime-connections-status");
    expect(withoutRandomId("exhaust-ram")).toBe("exhaust-ram");
    expect(withoutRandomId("how-to-fix-it")).toBe("how-to-fix-it");
    expect(withoutRandomId("migrate-to-oauth2")).toBe("migrate-to-oauth2");
    expect(withoutRandomId("all-about-egress-a_Sg_e")).toBe("all-about-egress");
  });
});

describe("titles quoted twice over", () => {
  it("lose the outer quotes when they pair up", async () => {
    const fs = await import("node:fs");
    const os = await import("node:os");
    const path = await import("node:path");
    const { readMarkdownSource } = await import("@/lib/import/formats/markdown");
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "titles-"));
    fs.writeFileSync(path.join(dir, "a.mdx"), `---\ntitle = "'Error: 'x' during y'"\n---\nBody.\n`);
    fs.writeFileSync(path.join(dir, "b.mdx"), `---\ntitle = "'Origin Error 1016' on a domain"\n---\nBody.\n`);
    const titles = readMarkdownSource(dir, {}).articles.map((article) => article.title);
    fs.rmSync(dir, { recursive: true });
    expect(titles).toEqual(["Error: 'x' during y", "'Origin Error 1016' on a domain"]);
  });
});
