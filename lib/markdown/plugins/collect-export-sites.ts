import type { Root } from "mdast";
import type { VFile } from "vfile";
import { visit } from "unist-util-visit";
import type { ExportSites, RenderData } from "../types";

/**
 * Records, from the parse the page render already does, where the Markdown export (`.md`,
 * llms-full.txt, MCP) must edit the author's text: each heading (to link it to its stable URL)
 * and each link or definition (to make site links absolute). Offsets into the body as written, so
 * the export splices without parsing the Markdown a second time, at build or at run time.
 */
export function remarkCollectExportSites() {
  return (tree: Root, file: VFile) => {
    const sites: ExportSites = { headings: [], links: [] };
    visit(tree, (node) => {
      if (node.type === "heading") {
        const start = node.position?.start.offset;
        const first = node.children[0]?.position?.start.offset;
        const last = node.children.at(-1)?.position?.end.offset;
        if (start === undefined || first === undefined || last === undefined || node.position?.start.line === undefined) return;
        sites.headings.push({ line: node.position.start.line, depth: node.depth, start, first, last, hasLink: node.children.some((child) => child.type === "link") });
      } else if (node.type === "link" || node.type === "definition") {
        const start = node.position?.start.offset;
        const end = node.position?.end.offset;
        if (start !== undefined && end !== undefined) sites.links.push({ url: node.url, start, end });
      }
    });
    (file.data as RenderData).exportSites = sites;
  };
}
