import { describe, expect, it } from "vitest";
import { renderMarkdown } from "@/lib/markdown/render";

describe("renderMarkdown sanitizing", () => {
  it.each([
    ["a raw <script>", "<script>alert(1)</script>\n\nText", /<script/i],
    ["a raw <style>", "<style>body{display:none}</style>\n\nText", /<style/i],
    ["an <iframe>", '<iframe src="https://evil.example"></iframe>', /<iframe/i],
    ["an event handler on <img>", '<img src="x.png" onerror="alert(1)">', /onerror/i],
    ["an <svg onload>", '<svg onload="alert(1)"><circle r="1"/></svg>', /<svg|onload/i],
    ["a javascript: link", "[click](javascript:alert(1))", /javascript:/i],
    ["an entity-encoded javascript: link", '<a href="&#106;avascript:alert(1)">x</a>', /javascript:|href="&#/i],
    ["a data: link", "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)", /data:/i],
    ["a data: image", '<img src="data:image/svg+xml,<svg onload=alert(1)>">', /data:/i],
    ["an <object>", '<object data="x.swf"></object>', /<object/i],
    ["a <form>", '<form action="https://evil.example"><input name="q"></form>', /<form/i],
    ["a style attribute", '<p style="position:fixed;inset:0">cover</p>', /style=/i],
  ])("removes %s", (_kind, markdown, forbidden) => {
    expect(renderMarkdown(markdown).html).not.toMatch(forbidden);
  });

  it("keeps the harmless text around removed markup", () => {
    const { html } = renderMarkdown('Before <img src="x.png" onerror="alert(1)"> after');
    expect(html).toContain("Before");
    expect(html).toContain('<img src="x.png">');
  });

  it("prefixes ids written in raw HTML so they cannot clobber page globals", () => {
    expect(renderMarkdown('<p id="location">x</p>').html).toContain('id="user-content-location"');
  });
});

describe("renderMarkdown headings", () => {
  const { html, headings, headingIds } = renderMarkdown(
    [
      "## Why this happens",
      "### Check the `X-RateLimit` headers",
      "### Check the headers {#check-headers}",
      "## Why this happens",
      "#### Deep detail",
    ].join("\n\n"),
  );

  it("gives GitHub-style ids, de-duplicated", () => {
    expect(headingIds).toEqual(["why-this-happens", "check-the-x-ratelimit-headers", "check-headers", "why-this-happens-1", "deep-detail"]);
  });

  it("honours a pinned {#id} and hides it from the text", () => {
    expect(html).toContain('<h3 id="check-headers">Check the headers<a');
    expect(html).not.toContain("{#");
  });

  it("puts only ## and ### in the table of contents", () => {
    expect(headings.map((heading) => `${heading.depth}:${heading.text}`)).toEqual([
      "2:Why this happens",
      "3:Check the X-RateLimit headers",
      "3:Check the headers",
      "2:Why this happens",
    ]);
  });

  it("adds an anchor link with an accessible name to every heading", () => {
    expect(html).toContain(
      '<a class="heading-anchor" href="#check-headers"><span aria-hidden="true">#</span><span class="sr-only">Link to section: Check the headers</span></a>',
    );
    expect(html.match(/class="heading-anchor"/g)).toHaveLength(5);
  });

  it("reports a malformed pinned id with its line", () => {
    expect(renderMarkdown("Intro\n\n### Step {#Bad Id}").issues).toEqual([
      { line: 3, message: 'pinned heading id "{#Bad Id}" must be lowercase letters, digits and single hyphens' },
    ]);
  });
});

describe("renderMarkdown links and code", () => {
  it("marks external links noopener noreferrer and leaves internal ones alone", () => {
    const { html, links } = renderMarkdown("[docs](https://docs.example.com) and [fix](/articles/x#y)");
    expect(html).toContain('<a href="https://docs.example.com" rel="noopener noreferrer">docs</a>');
    expect(html).toContain('<a href="/articles/x#y">fix</a>');
    expect(links).toEqual([
      { href: "https://docs.example.com", line: 1 },
      { href: "/articles/x#y", line: 1 },
    ]);
  });

  it("highlights code blocks by language", () => {
    const { html } = renderMarkdown('```json\n{"error": {"code": "rate_limit_exceeded"}}\n```');
    expect(html).toContain('<code class="hljs language-json">');
    expect(html).toContain('<span class="hljs-attr">"code"</span>');
  });

  it("names GFM task-list checkboxes after their item", () => {
    expect(renderMarkdown("- [ ] Copy the request id").html).toContain('aria-label="Copy the request id"');
  });

  it("renders GFM tables", () => {
    expect(renderMarkdown("| a | b |\n|---|---|\n| 1 | 2 |").html).toContain("<table>");
  });

  it("splits readable text by section for search", () => {
    const { sections } = renderMarkdown("Intro text.\n\n## Solutions\n\n### Back off\n\nWait `Retry-After` seconds.");
    expect(sections).toEqual([
      { id: null, heading: "", depth: 0, text: "Intro text." },
      { id: "solutions", heading: "Solutions", depth: 2, text: "" },
      { id: "back-off", heading: "Back off", depth: 3, text: "Wait Retry-After seconds." },
    ]);
  });
});

describe("renderMarkdown scrollable blocks", () => {
  it("makes code blocks focusable so keyboard users can scroll them", () => {
    expect(renderMarkdown("```bash\ncurl -i https://api.example.com\n```").html).toMatch(/^<pre tabindex="0">/);
  });

  it("wraps tables in a focusable, named scroll region", () => {
    expect(renderMarkdown("| a |\n|---|\n| 1 |").html).toMatch(
      /^<div class="table-scroll" tabindex="0" role="region" aria-label="Table, scrolls sideways"><table>/,
    );
  });
});

describe("renderMarkdown parts", () => {
  it("splits the body at each ## and ### into parts that add up to the whole", () => {
    const { html, parts } = renderMarkdown("Intro.\n\n## Solutions\n\n### First\n\nDo one.\n\n#### Detail\n\nMore.\n\n### Second\n\nDo two.");
    expect(parts.map((part) => part.id)).toEqual([null, "solutions", "first", "second"]);
    expect(parts.map((part) => part.headingHtml + part.bodyHtml).join("")).toBe(html);
    expect(parts[2]?.headingHtml).toMatch(/^<h3 id="first">First<a class="heading-anchor"/);
    expect(parts[2]?.bodyHtml).toContain('id="detail"');
  });
});
