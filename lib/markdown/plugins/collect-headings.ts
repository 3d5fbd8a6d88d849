import type { Root } from "hast";
import { headingRank } from "hast-util-heading-rank";
import { toString } from "hast-util-to-string";
import type { VFile } from "vfile";
import { visit } from "unist-util-visit";
import type { RenderData } from "../types";

/**
 * Collects heading ids (all depths, for anchor checks) and the `##`/`###` outline (the table of
 * contents). Runs after ids are assigned and before anchor links add their own text to headings.
 * A `#` heading is reported: the article's title is its only top-level heading.
 */
export function rehypeCollectHeadings() {
  return (tree: Root, file: VFile) => {
    const data = file.data as RenderData;
    const headings: NonNullable<RenderData["headings"]> = [];
    const headingIds: string[] = [];
    visit(tree, "element", (node) => {
      const rank = headingRank(node);
      if (!rank) return;
      const line = node.position?.start.line;
      if (rank === 1) {
        (data.issues ??= []).push({ line, message: "use `##` for sections: the title field is the article's only `#` heading" });
      }
      const id = node.properties.id;
      if (typeof id !== "string") return;
      headingIds.push(id);
      if (rank === 2 || rank === 3) headings.push({ id, text: toString(node).trim(), depth: rank, line });
    });
    data.headings = headings;
    data.headingIds = headingIds;
  };
}
