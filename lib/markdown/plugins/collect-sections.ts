import type { Root, RootContent } from "hast";
import { headingRank } from "hast-util-heading-rank";
import { toText } from "hast-util-to-text";
import type { VFile } from "vfile";
import type { RenderData, RenderedSection } from "../types";

/**
 * Splits the body into sections at each heading, with readable text, for search (which links a
 * match to its section) and previews. Markdown headings are always top-level nodes, so a walk over
 * the root's children is enough. Runs before anchor links add their "#" to headings.
 */
export function rehypeCollectSections() {
  return (tree: Root, file: VFile) => {
    const sections: RenderedSection[] = [{ id: null, heading: "", depth: 0, text: "" }];
    for (const node of tree.children) {
      const current = sections.at(-1)!;
      const depth = node.type === "element" ? headingRank(node) : undefined;
      if (node.type === "element" && depth) {
        const id = typeof node.properties.id === "string" ? node.properties.id : null;
        sections.push({ id, heading: textOf(node), depth, text: "" });
      } else {
        const text = textOf(node);
        if (text) current.text = current.text ? `${current.text} ${text}` : text;
      }
    }
    (file.data as RenderData).sections = sections.filter((section) => section.heading || section.text);
  };
}

function textOf(node: RootContent): string {
  return toText(node).replace(/\s+/g, " ").trim();
}
