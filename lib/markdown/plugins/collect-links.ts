import type { Root } from "hast";
import type { VFile } from "vfile";
import { visit } from "unist-util-visit";
import type { RenderData } from "../types";

/** Records every link left after sanitizing, with its source line, for the content link check. */
export function rehypeCollectLinks() {
  return (tree: Root, file: VFile) => {
    const links: NonNullable<RenderData["links"]> = [];
    visit(tree, "element", (node) => {
      if (node.tagName !== "a") return;
      const href = node.properties.href;
      if (typeof href === "string" && href !== "") links.push({ href, line: node.position?.start.line });
    });
    (file.data as RenderData).links = links;
  };
}
