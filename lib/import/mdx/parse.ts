import type { Root } from "mdast";
import remarkDirective from "remark-directive";
import remarkGfm from "remark-gfm";
import remarkMdx from "remark-mdx";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { groupHugoShortcodes, isolateHugoShortcodes, resolveHugoRefs } from "./hugo";

export interface ParsedBody {
  tree: Root;
  /** The text that was parsed (after the few textual fixes below), for slicing node sources. */
  text: string;
  warnings: string[];
}

const FENCE = /^( {0,3})(`{3,}|~{3,})/;

/** Applies `fix` to the text outside fenced code blocks, where Markdown syntax means something. */
export function outsideCode(text: string, fix: (chunk: string) => string): string {
  const out: string[] = [];
  let chunk: string[] = [];
  let fence: string | undefined;
  for (const line of text.split("\n")) {
    const opener = FENCE.exec(line)?.[2];
    if (fence) {
      out.push(line);
      if (opener && opener[0] === fence[0] && opener.length >= fence.length && line.trim() === opener) fence = undefined;
    } else if (opener) {
      if (chunk.length) out.push(fix(chunk.join("\n")));
      chunk = [];
      out.push(line);
      fence = opener;
    } else {
      chunk.push(line);
    }
  }
  if (chunk.length) out.push(fix(chunk.join("\n")));
  return out.join("\n");
}

/** Docusaurus also accepts `:::tip Title`; remark-directive reads a title only as `:::tip[Title]`. */
const SPACED_TITLE = /^( {0,3}:::[A-Za-z][\w-]*)[ \t]+([^\[{\n][^\n]*?)[ \t]*$/gm;

/** `## Title {#custom-id}` (Docusaurus, Hugo): MDX would read `{…}` as code, so make it text. */
const HEADING_ID = /^(#{1,6}[ \t].*?)[ \t]+\{#([^}\s]+)\}[ \t]*$/gm;

/**
 * Parses a Markdown or MDX body into mdast without running anything: MDX goes through remark-mdx
 * (acorn only parses expressions, nothing evaluates them), `:::` admonitions through
 * remark-directive, Hugo shortcodes are recognized as text. A file that is not valid MDX is read
 * as plain Markdown instead (reported), so its text is never lost.
 */
export function parseBody(body: string, kind: "md" | "mdx"): ParsedBody {
  const warnings: string[] = [];
  let text = outsideCode(body, (chunk) => isolateHugoShortcodes(resolveHugoRefs(chunk)));
  if (kind === "mdx") text = outsideCode(text, (chunk) => chunk.replace(HEADING_ID, "$1 \\{#$2\\}"));
  text = outsideCode(text, (chunk) => chunk.replace(SPACED_TITLE, "$1[$2]"));
  const directives = /^ {0,3}:::/m.test(text);
  const plain = () => {
    const processor = unified().use(remarkParse).use(remarkGfm);
    if (directives) processor.use(remarkDirective);
    return processor.parse(text);
  };
  let tree: Root;
  if (kind === "mdx") {
    try {
      const processor = unified().use(remarkParse).use(remarkGfm).use(remarkMdx);
      if (directives) processor.use(remarkDirective);
      tree = processor.parse(text);
    } catch (error) {
      const place = error && typeof error === "object" && "line" in error ? ` (line ${String(error.line)})` : "";
      const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
      warnings.push(`not valid MDX${place}: ${reason}; read as plain Markdown, components left as HTML`);
      tree = plain();
    }
  } else {
    tree = plain();
  }
  groupHugoShortcodes(tree);
  return { tree, text, warnings };
}
