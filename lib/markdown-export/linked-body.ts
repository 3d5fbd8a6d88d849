import type { Heading, Link, Definition, Nodes } from "mdast";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { visit } from "unist-util-visit";
import type { RenderedHeading } from "../markdown/types";

/** A `##`/`###` heading of the exported text, where it starts: for cutting one section out. */
export interface ExportedHeading {
  id: string | null;
  depth: number;
  offset: number;
}

interface Edit {
  start: number;
  end: number;
  text: string;
}

const parser = unified().use(remarkParse).use(remarkGfm);
const PINNED = /\s*\{#[^}]*\}\s*$/;

/**
 * The author's Markdown made readable outside the site, changing only what must change: each
 * `##`/`###` heading becomes a link to its stable URL (`{#id}` pins are not Markdown, so they go),
 * and links to `/articles/…` or `#anchor` become absolute. Everything else stays as written, byte
 * for byte: the edits are spliced in at the positions remark found, so code blocks, tables and
 * the author's own formatting are never re-serialized. `toc` is the rendered outline: its ids
 * (pinned, or made by the renderer) are matched to headings by line.
 */
export function linkedBody(markdown: string, toc: readonly RenderedHeading[], pageUrl: string): { text: string; headings: ExportedHeading[] } {
  const origin = new URL(pageUrl).origin;
  const idByLine = new Map(toc.map((heading) => [heading.line, heading.id]));
  const edits: Edit[] = [];
  const headings: { id: string | null; depth: number; start: number }[] = [];
  visit(parser.parse(markdown), (node: Nodes) => {
    if (node.type === "heading") {
      const id = idByLine.get(node.position?.start.line) ?? null;
      if (node.position?.start.offset !== undefined) headings.push({ id, depth: node.depth, start: node.position.start.offset });
      const edit = headingEdit(markdown, node, id, pageUrl);
      if (edit) edits.push(edit);
    } else if (node.type === "link" || node.type === "definition") {
      const edit = linkEdit(markdown, node, origin, pageUrl);
      if (edit) edits.push(edit);
    }
  });
  return apply(markdown, edits, headings);
}

function headingEdit(markdown: string, node: Heading, id: string | null, pageUrl: string): Edit | undefined {
  const first = node.children[0]?.position?.start.offset;
  const last = node.children.at(-1)?.position?.end.offset;
  if (first === undefined || last === undefined) return undefined;
  const content = markdown.slice(first, last).replace(PINNED, "");
  const hasLink = node.children.some((child) => child.type === "link");
  // A link inside a link is not Markdown: such a heading keeps its text, without the pin.
  const text = id && !hasLink ? `[${content}](${pageUrl}#${id})` : content;
  return text === markdown.slice(first, last) ? undefined : { start: first, end: last, text };
}

function linkEdit(markdown: string, node: Link | Definition, origin: string, pageUrl: string): Edit | undefined {
  const { url } = node;
  const absolute = url.startsWith("#") ? `${pageUrl}${url}` : url.startsWith("/") && !url.startsWith("//") ? `${origin}${url}` : undefined;
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (!absolute || start === undefined || end === undefined) return undefined;
  // The destination is written after the text; find it from the end, as the author wrote it.
  const at = markdown.lastIndexOf(url, end);
  if (at < start) return undefined;
  return { start: at, end: at + url.length, text: absolute };
}

function apply(markdown: string, edits: Edit[], headings: { id: string | null; depth: number; start: number }[]) {
  edits.sort((a, b) => a.start - b.start);
  let text = "";
  let at = 0;
  const shifts: { at: number; delta: number }[] = [];
  for (const edit of edits) {
    if (edit.start < at) continue; // overlapping (a link inside a heading already rewritten)
    text += markdown.slice(at, edit.start) + edit.text;
    shifts.push({ at: edit.start, delta: edit.text.length - (edit.end - edit.start) });
    at = edit.end;
  }
  text += markdown.slice(at);
  const moved = (offset: number) => offset + shifts.filter((shift) => shift.at < offset).reduce((sum, shift) => sum + shift.delta, 0);
  return { text, headings: headings.map(({ id, depth, start }) => ({ id, depth, offset: moved(start) })) };
}
