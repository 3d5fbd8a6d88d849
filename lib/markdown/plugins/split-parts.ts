import type { Root, RootContent } from "hast";
import { headingRank } from "hast-util-heading-rank";
import type { VFile } from "vfile";
import type { RenderData } from "../types";

/**
 * Splits the body at each `##` and `###` into parts, each led by its heading (the first part may
 * have none), so the page can put controls after each solution step (the checklist, "Copy link")
 * while the body stays one rendered HTML string per part.
 */
export function rehypeSplitParts() {
  return (tree: Root, file: VFile) => {
    const parts: { id: string | null; children: RootContent[] }[] = [{ id: null, children: [] }];
    for (const node of tree.children) {
      const rank = node.type === "element" ? headingRank(node) : undefined;
      if (node.type === "element" && (rank === 2 || rank === 3)) {
        parts.push({ id: typeof node.properties.id === "string" ? node.properties.id : null, children: [node] });
      } else {
        parts.at(-1)!.children.push(node);
      }
    }
    (file.data as RenderData).parts = parts.filter((part) => part.children.some((node) => node.type !== "text" || node.value.trim()));
  };
}
