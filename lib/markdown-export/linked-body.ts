import type { ExportSites, RenderedHeading } from "../markdown/types";

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

/** What the export needs of a rendered article: its body as written, its outline, and where to edit. */
export interface ExportableBody {
  markdown: string;
  toc: readonly RenderedHeading[];
  exportSites: ExportSites;
}

const PINNED = /\s*\{#[^}]*\}\s*$/;

/**
 * The author's Markdown made readable outside the site, changing only what must change: each
 * `##`/`###` heading becomes a link to its stable URL (`{#id}` pins are not Markdown, so they go),
 * and links to `/articles/…` or `#anchor` become absolute. Everything else stays as written, byte
 * for byte: the edits are spliced in at the positions the render's own parse recorded (see
 * plugins/collect-export-sites.ts), so code blocks, tables and the author's formatting are never
 * re-serialized, and nothing is parsed again. `toc` is the rendered outline: its ids (pinned, or
 * made by the renderer) are matched to headings by line.
 */
export function linkedBody({ markdown, toc, exportSites }: ExportableBody, pageUrl: string): { text: string; headings: ExportedHeading[] } {
  const origin = new URL(pageUrl).origin;
  const idByLine = new Map(toc.map((heading) => [heading.line, heading.id]));
  const edits: Edit[] = [];
  const headings = exportSites.headings.map((site) => {
    const id = idByLine.get(site.line) ?? null;
    const edit = headingEdit(markdown, site, id, pageUrl);
    if (edit) edits.push(edit);
    return { id, depth: site.depth, start: site.start };
  });
  for (const site of exportSites.links) {
    const edit = linkEdit(markdown, site, origin, pageUrl);
    if (edit) edits.push(edit);
  }
  return apply(markdown, edits, headings);
}

function headingEdit(markdown: string, site: ExportSites["headings"][number], id: string | null, pageUrl: string): Edit | undefined {
  const content = markdown.slice(site.first, site.last).replace(PINNED, "");
  // A link inside a link is not Markdown: such a heading keeps its text, without the pin.
  const text = id && !site.hasLink ? `[${content}](${pageUrl}#${id})` : content;
  return text === markdown.slice(site.first, site.last) ? undefined : { start: site.first, end: site.last, text };
}

function linkEdit(markdown: string, { url, start, end }: ExportSites["links"][number], origin: string, pageUrl: string): Edit | undefined {
  const absolute = url.startsWith("#") ? `${pageUrl}${url}` : url.startsWith("/") && !url.startsWith("//") ? `${origin}${url}` : undefined;
  if (!absolute) return undefined;
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
