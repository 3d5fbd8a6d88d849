import type { Root } from "hast";
import { headingRank } from "hast-util-heading-rank";
import type { VFile } from "vfile";
import type { RenderData } from "../types";

/** The id rehype-slug gives `## Still stuck?`; the page footer keeps it, so `#still-stuck` links work. */
export const STILL_STUCK_ID = "still-stuck";

/**
 * Takes the `## Still stuck?` section out of the body so the article page can render it as its
 * footer, beside the escalation contacts, instead of showing two "Still stuck?" blocks.
 */
export function rehypeExtractStillStuck() {
  return (tree: Root, file: VFile) => {
    const start = tree.children.findIndex(
      (node) => node.type === "element" && headingRank(node) === 2 && node.properties.id === STILL_STUCK_ID,
    );
    if (start === -1) return;
    let end = start + 1;
    while (end < tree.children.length) {
      const node = tree.children[end];
      if (node?.type === "element" && headingRank(node) === 2) break;
      end += 1;
    }
    const section = tree.children.splice(start, end - start);
    (file.data as RenderData).stillStuck = { type: "root", children: section.slice(1) };
  };
}
