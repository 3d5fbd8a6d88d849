import { describe, expect, it } from "vitest";
import { loadContent } from "@/lib/content/load";
import { articleMarkdown, articleSection } from "@/lib/markdown-export/article-markdown";
import { linkedBody } from "@/lib/markdown-export/linked-body";
import { llmsTxt } from "@/lib/markdown-export/llms-txt";
import { renderMarkdown } from "@/lib/markdown/render";
import { absoluteUrl } from "@/lib/site";

const { content } = loadContent();
const article = (slug: string) => content.articles.find((candidate) => candidate.slug === slug)!;
const page = "https://help.example/articles/x";

describe("an article as Markdown", () => {
  const markdown = articleMarkdown(article("rate-limit-exceeded"));

  it("starts with the title, the summary and the canonical URL", () => {
    const [title, , summary, , url] = markdown.split("\n");
    expect(title).toBe("# Rate limit exceeded (429 Too Many Requests)");
    expect(summary).toBe(article("rate-limit-exceeded").summary);
    expect(url).toBe(`- URL: ${absoluteUrl("/articles/rate-limit-exceeded")}`);
  });

  it("links each step heading to its pinned anchor, and keeps no {#id} pins", () => {
    expect(markdown).toContain(`### [Check the rate limit headers](${absoluteUrl("/articles/rate-limit-exceeded")}#check-rate-limit-headers)`);
    expect(markdown).toContain(`### [Implement exponential backoff](${absoluteUrl("/articles/rate-limit-exceeded")}#exponential-backoff)`);
    expect(markdown).not.toMatch(/\{#[a-z0-9-]+\}/);
  });

  it("makes internal links absolute and leaves code blocks byte for byte", () => {
    expect(markdown).not.toMatch(/\]\(\/(?!\/)/);
    const fence = /```bash\n[\s\S]*?```/.exec(article("rate-limit-exceeded").markdown)?.[0];
    expect(fence).toBeTruthy();
    expect(markdown).toContain(fence);
  });

  it("every article exports, with a heading link per table-of-contents entry", () => {
    for (const each of content.articles) {
      const text = articleMarkdown(each);
      for (const heading of each.toc) expect(text, `${each.slug}#${heading.id}`).toContain(`${absoluteUrl(each.url)}#${heading.id})`);
    }
  });
});

describe("linkedBody", () => {
  const toc = [
    { id: "fix-it", text: "Fix it", depth: 3 as const, line: 3 },
    { id: "other", text: "Other", depth: 2 as const, line: 10 },
  ];
  const source = "## Solutions\n\n### Fix it {#fix-it}\n\nSee [the guide](/articles/guide#step) and [here](#other), not [out](https://x.example/a).\n\n```md\n### Not a heading {#no}\n```\n## Other\n";

  it("rewrites only headings and site-relative links", () => {
    const { text } = linkedBody({ markdown: source, toc, exportSites: renderMarkdown(source).exportSites }, page);
    expect(text).toContain(`### [Fix it](${page}#fix-it)`);
    expect(text).toContain("[the guide](https://help.example/articles/guide#step)");
    expect(text).toContain(`[here](${page}#other)`);
    expect(text).toContain("[out](https://x.example/a)");
    expect(text).toContain("### Not a heading {#no}\n```");
  });

  it("knows where each heading starts in the rewritten text", () => {
    const { text, headings } = linkedBody({ markdown: source, toc, exportSites: renderMarkdown(source).exportSites }, page);
    expect(headings.map(({ id, depth }) => [id, depth])).toEqual([[null, 2], ["fix-it", 3], ["other", 2]]);
    for (const heading of headings) expect(text.slice(heading.offset, heading.offset + 2)).toBe("##");
  });
});

describe("one section", () => {
  it("is the step up to the next step, led by the article and its URL", () => {
    const step = articleSection(article("rate-limit-exceeded"), "check-rate-limit-headers")!;
    expect(step).toMatch(/^From “Rate limit exceeded \(429 Too Many Requests\)” \(.+#check-rate-limit-headers\):/);
    expect(step).toContain("### [Check the rate limit headers]");
    expect(step).not.toContain("Implement exponential backoff");
  });

  it("follows anchor aliases, and is undefined for an unknown id", () => {
    expect(articleSection(article("rate-limit-exceeded"), "backoff")).toContain("Implement exponential backoff");
    expect(articleSection(article("rate-limit-exceeded"), "no-such-step")).toBeUndefined();
  });
});

describe("llms.txt", () => {
  const text = llmsTxt(content);
  const lines = text.split("\n");

  it("has the llmstxt.org shape: # title, > summary, notes, then ## sections of link lists", () => {
    expect(lines[0]).toBe("# AIaaS Help Center");
    expect(lines[1]).toBe("");
    expect(lines[2]).toMatch(/^> \S/);
    const sections = text.split(/\n(?=## )/).slice(1);
    expect(sections.length).toBeGreaterThan(2);
    for (const section of sections) {
      const [heading, blank, ...items] = section.trimEnd().split("\n");
      expect(heading).toMatch(/^## \S/);
      expect(blank).toBe("");
      for (const item of items) expect(item).toMatch(/^- \[[^\]]+\]\(https?:\/\/\S+\): \S/);
    }
    expect(sections.at(-1)).toMatch(/^## Optional\n/);
  });

  it("links every article's Markdown once, under its category's name", () => {
    for (const each of content.articles) {
      const link = `](${absoluteUrl(`/articles/${each.slug}.md`)}): ${each.summary}`;
      expect(text.split(link).length - 1, each.slug).toBe(1);
    }
    const category = content.categories.find((candidate) => candidate.id === article("rate-limit-exceeded").category)!;
    const section = text.split(/\n(?=## )/).find((part) => part.startsWith(`## ${category.name}\n`));
    expect(section).toContain("/articles/rate-limit-exceeded.md");
  });
});
