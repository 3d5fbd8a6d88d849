import { describe, expect, it } from "vitest";
import { convertMdx } from "@/lib/import/mdx/convert";
import { parseBody } from "@/lib/import/mdx/parse";
import { htmlToMdast } from "@/lib/import/formats/html";
import { splitFrontmatter } from "@/lib/import/formats/frontmatter";
import { recordSourceIds } from "@/lib/import/structure/headings";
import { bodyMarkdown } from "@/lib/import/write/article-file";

/** MDX/Markdown in, our Markdown and the converter's notes out. */
function convert(source: string, kind: "md" | "mdx" = "mdx") {
  const parsed = parseBody(source, kind);
  recordSourceIds(parsed.tree, true);
  const { tree, warnings } = convertMdx(parsed.tree, parsed.text);
  return { markdown: bodyMarkdown(tree), warnings: [...parsed.warnings, ...warnings] };
}

describe("frontmatter", () => {
  it("reads YAML, TOML between +++ and TOML between --- (as Supabase writes it)", () => {
    expect(splitFrontmatter("---\ntitle: A\nupdated: 2024-01-02\n---\nBody").data).toEqual({ title: "A", updated: "2024-01-02" });
    expect(splitFrontmatter('+++\ntitle = "B"\n+++\nBody').data).toEqual({ title: "B" });
    const supabase = splitFrontmatter('---\ntitle = "C"\n[[errors]]\ncode = "x"\n---\n\nBody');
    expect(supabase.data).toEqual({ title: "C", errors: [{ code: "x" }] });
    expect(supabase.body.trim()).toBe("Body");
  });

  it("says which language failed, and reads a file without frontmatter as all body", () => {
    expect(() => splitFrontmatter("---\ntitle: [unclosed\n---\n")).toThrow(/not valid YAML/);
    expect(() => splitFrontmatter('+++\ntitle = \n+++\n')).toThrow(/not valid TOML/);
    expect(splitFrontmatter("# Just text")).toEqual({ data: {}, body: "# Just text", bodyLine: 0 });
  });

  it("never builds objects from YAML tags", () => {
    expect(() => splitFrontmatter("---\nx: !!js/function 'function(){}'\n---\n")).not.toThrow();
    expect(typeof splitFrontmatter("---\nx: !!js/function 'function(){}'\n---\n").data.x).not.toBe("function");
  });
});

describe("MDX components become Markdown", () => {
  it("admonitions and callouts of every dialect become a blockquote led by the label", () => {
    expect(convert('<Admonition type="danger">\n\nDo not revoke it.\n\n</Admonition>').markdown).toBe("> **Danger:** Do not revoke it.");
    expect(convert(":::tip[Before you start]\nCheck status.\n:::").markdown).toBe("> **Before you start** Check status.");
    expect(convert(":::warning Heads up\n\nCareful.\n\n:::").markdown).toBe("> **Heads up** Careful.");
    expect(convert('<Aside type="caution" title="Watch out!">\nNo keys in chat.\n</Aside>').markdown).toBe("> **Watch out!** No keys in chat.");
    expect(convert('<Callout type="warning">Deprecated.</Callout>').markdown).toBe("> **Warning:** Deprecated.");
    expect(convert("<Note>Retries last a day.</Note>").markdown).toBe("> **Note:** Retries last a day.");
    expect(convert("{{< hint info >}}\nHugo hint.\n{{< /hint >}}", "md").markdown).toBe("> **Info:** Hugo hint.");
  });

  it("tabs keep every tab, each under its label (Docusaurus, Nextra items, Hugo)", () => {
    const docusaurus = convert('<Tabs>\n<TabItem value="a" label="Linux">\n\nrun a\n\n</TabItem>\n<TabItem value="b" label="Windows">\n\nrun b\n\n</TabItem>\n</Tabs>').markdown;
    expect(docusaurus).toBe("**Linux**\n\nrun a\n\n**Windows**\n\nrun b");
    const nextra = convert("<Tabs items={['npm', 'pnpm']}>\n<Tabs.Tab>\n\nnpm i\n\n</Tabs.Tab>\n<Tabs.Tab>\n\npnpm add\n\n</Tabs.Tab>\n</Tabs>").markdown;
    expect(nextra).toBe("**npm**\n\nnpm i\n\n**pnpm**\n\npnpm add");
    expect(convert('{{< tabs >}}\n{{< tab "Mac" >}}\nbrew\n{{< /tab >}}\n{{< /tabs >}}', "md").markdown).toBe("**Mac**\n\nbrew");
  });

  it("code groups label each block with its title", () => {
    expect(convert("<CodeGroup>\n\n```bash curl\ncurl x\n```\n\n</CodeGroup>").markdown).toBe("**curl**\n\n```bash\ncurl x\n```");
  });

  it("accordions and details become headings one level down, keeping a source id", () => {
    const supabase = convert('## FAQ\n\n<Accordion>\n<AccordionItem header="Is it safe?" id="safe">\n\nYes.\n\n</AccordionItem>\n</Accordion>');
    expect(supabase.markdown).toBe("## FAQ\n\n### Is it safe?\n\nYes.");
    expect(convert("<details>\n<summary>More</summary>\n\nHidden text.\n\n</details>").markdown).toBe("## More\n\nHidden text.");
    expect(convert('<Accordion title="Why late?">\nBackoff.\n</Accordion>').markdown).toBe("## Why late?\n\nBackoff.");
  });

  it("steps: Mintlify <Step> becomes a numbered list; Starlight/Nextra <Steps> are unwrapped", () => {
    expect(convert('<Steps>\n<Step title="Open settings">\nClick it.\n</Step>\n<Step title="Save">\nDone.\n</Step>\n</Steps>').markdown).toBe(
      "1. **Open settings**\n\n   Click it.\n\n2. **Save**\n\n   Done.",
    );
    expect(convert("<Steps>\n\n1. One\n2. Two\n\n</Steps>").markdown).toBe("1. One\n2. Two");
  });

  it("images, frames, figures and cards", () => {
    expect(convert('<Image alt="Shot" src="/img/a.png" zoomable />').markdown).toBe("![Shot](/img/a.png)");
    expect(convert('<Frame caption="Log">\n<img src="https://x.test/a.png" alt="A" />\n</Frame>').markdown).toBe("![A](https://x.test/a.png)\n\n_Log_");
    expect(convert('{{< figure src="/f.png" alt="F" caption="Cap" >}}', "md").markdown).toBe("![F](/f.png)\n\n_Cap_");
    expect(convert('<Card title="API" href="https://x.test/api">All endpoints.</Card>').markdown).toBe("[**API**](https://x.test/api)\n\nAll endpoints.");
  });

  it("unknown components keep their text and are reported; imports, comments and text-less widgets go, reported", () => {
    const { markdown, warnings } = convert("import X from 'x'\n\n{/* note to self */}\n\n<Widget title=\"Extra\">Look here.</Widget>\n\n<DocCardList />");
    expect(markdown).toBe("**Extra**\n\nLook here.");
    expect(warnings.join("\n")).toMatch(/unknown components unwrapped \(text kept\): <Widget>/);
    expect(warnings.join("\n")).toMatch(/import\/export/);
    expect(warnings.join("\n")).toMatch(/MDX comments/);
    expect(warnings.join("\n")).toMatch(/<DocCardList>/);
  });

  it("never evaluates an expression: it stays as code; a plain string literal is text", () => {
    const { markdown, warnings } = convert("Hi {user.name}{' '}there {process.exit(1)}");
    expect(markdown).toBe("Hi `user.name` there `process.exit(1)`");
    expect(warnings.join("\n")).toMatch(/never run/);
  });

  it("reads invalid MDX as Markdown rather than losing it", () => {
    const { markdown, warnings } = convert("Use <PROJECT_REF> here.\n");
    expect(markdown).toContain("PROJECT_REF");
    expect(warnings[0]).toMatch(/not valid MDX/);
  });

  it("keeps prose that only looks like a text directive", () => {
    expect(convert(":::note\nMeet at 10:30am, see:docs.\n:::").markdown).toBe("> **Note:** Meet at 10:30am, see:docs.");
  });

  it("resolves Hugo ref shortcodes in links and heading ids in {#…} and [#…]", () => {
    expect(convert('[x]({{< ref "other.md" >}})', "md").markdown).toBe("[x](other.md)");
    expect(convert("## Title {#custom}").markdown).toBe("## Title");
  });
});

describe("HTML (Zendesk bodies) becomes Markdown through unified", () => {
  it("converts structure, keeps heading ids as source ids, turns frames into links, drops scripts (reported)", () => {
    const { tree, warnings, sourceText } = htmlToMdast('<h2 id="h_01ABC">Fix</h2><p>Use <code>x</code>.</p><iframe src="https://v.test/e" title="Video"></iframe><script>alert(1)</script>');
    expect(bodyMarkdown(tree)).toBe("## Fix\n\nUse `x`.\n\n[Video](https://v.test/e)");
    expect(tree.children[0]).toMatchObject({ type: "heading", data: { sourceId: "h_01ABC" } });
    expect(warnings.join("\n")).toMatch(/scripts, never run/);
    expect(sourceText).not.toContain("alert");
  });
});
