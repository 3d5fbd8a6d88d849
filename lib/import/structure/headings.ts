import { slug as githubSlug } from "github-slugger";
import GithubSlugger from "github-slugger";
import type { Heading, Root, RootContent } from "mdast";
import { toString } from "mdast-util-to-string";
import { visit } from "unist-util-visit";

/** `{#id}` (Docusaurus, Hugo) or `[#id]` (Supabase) at the end of a heading. */
const EXPLICIT_ID = /\s*(?:\{#([^}\s]+)\}|\[#([^\]\s]+)\])\s*$/;

/**
 * Records the id each heading had on the source site: an explicit `{#id}` or `[#id]` (removed
 * from the text), else the GitHub-style slug of its text, which is what Docusaurus,
 * Starlight, Nextra and Mintlify generate. Zendesk headings come with theirs (see html.ts).
 */
export function recordSourceIds(tree: Root, generate: boolean): void {
  const slugger = new GithubSlugger();
  visit(tree, "heading", (node: Heading) => {
    const last = node.children.at(-1);
    if (last?.type === "text") {
      const match = EXPLICIT_ID.exec(last.value);
      if (match) {
        last.value = last.value.slice(0, match.index);
        node.data = { ...node.data, sourceId: match[1] ?? match[2] };
        return;
      }
    }
    if (generate && !node.data?.sourceId) node.data = { ...node.data, sourceId: slugger.slug(toString(node)) };
  });
}

const comparable = (text: string) => githubSlug(text.normalize("NFKC"));

/**
 * Our articles have one `#` heading, the title, rendered by the page: a first `#` heading that
 * repeats the title goes; if the body still uses `#` for its sections, every heading moves one
 * level down (at most to `######`).
 */
export function normalizeHeadings(tree: Root, title: string): string[] {
  const warnings: string[] = [];
  const first = tree.children.find((node) => node.type !== "html" || node.value.trim() !== "");
  if (first?.type === "heading" && first.depth === 1 && comparable(toString(first)) === comparable(title)) {
    tree.children.splice(tree.children.indexOf(first), 1);
  }
  let hasTop = false;
  visit(tree, "heading", (node: Heading) => {
    if (node.depth === 1) hasTop = true;
  });
  if (hasTop) {
    visit(tree, "heading", (node: Heading) => {
      node.depth = Math.min(node.depth + 1, 6) as Heading["depth"];
    });
    warnings.push("headings moved one level down: the source used `#` for sections, and `#` is the title here");
  }
  return warnings;
}

/** A heading's depth changed by `by`, kept within `##`…`######`. */
export function shiftHeading(node: RootContent, by: number): void {
  visit(node, "heading", (heading: Heading) => {
    heading.depth = Math.min(Math.max(heading.depth + by, 2), 6) as Heading["depth"];
  });
}
