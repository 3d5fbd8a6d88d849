import type { Element, Root, Text } from "hast";
import { headingRank } from "hast-util-heading-rank";
import type { VFile } from "vfile";
import { visit } from "unist-util-visit";
import { SLUG_PATTERN } from "../../patterns";
import type { RenderData } from "../types";

const PINNED = /\s*\{#([^}]*)\}\s*$/;

/**
 * `### Check the headers {#check-headers}` pins the heading's id, so rewording the heading does not
 * move a link that support tickets already carry. Runs after sanitizing (the id is ours, not the
 * author's raw HTML) and before rehype-slug, which leaves headings that already have an id alone.
 */
export function rehypePinnedHeadingIds() {
  return (tree: Root, file: VFile) => {
    const data = file.data as RenderData;
    visit(tree, "element", (node: Element) => {
      if (!headingRank(node)) return;
      const last = node.children.at(-1);
      if (last?.type !== "text") return;
      const match = PINNED.exec(last.value);
      if (!match) return;
      const id = match[1] ?? "";
      if (!SLUG_PATTERN.test(id)) {
        (data.issues ??= []).push({
          line: node.position?.start.line,
          message: `pinned heading id "{#${id}}" must be lowercase letters, digits and single hyphens`,
        });
        return;
      }
      (last as Text).value = last.value.slice(0, match.index);
      node.properties.id = id;
    });
  };
}
