import { appendTo } from "../../append-to";
import type { Element, Root } from "hast";
import { headingRank } from "hast-util-heading-rank";
import type { VFile } from "vfile";
import { visit } from "unist-util-visit";
import type { RenderData } from "../types";

/**
 * Keeps old heading links working after a heading's id changed: each alias (`old-id → new-id`,
 * from the article's `anchors` frontmatter) becomes an empty element with the old id at the start
 * of the new heading, so `#old-id` scrolls to the right place even without JavaScript.
 */
export function rehypeAnchorAliases(aliases: Readonly<Record<string, string>> = {}) {
  return (tree: Root, file: VFile) => {
    const data = file.data as RenderData;
    const byTarget = new Map<string, string[]>();
    for (const [oldId, newId] of Object.entries(aliases)) appendTo(byTarget, newId, oldId);
    const ids = new Set<string>();
    visit(tree, "element", (node: Element) => {
      if (!headingRank(node) || typeof node.properties.id !== "string") return;
      ids.add(node.properties.id);
      const olds = byTarget.get(node.properties.id);
      if (!olds) return;
      node.children.unshift(...olds.map((oldId): Element => ({ type: "element", tagName: "span", properties: { id: oldId }, children: [] })));
    });
    for (const [oldId, newId] of Object.entries(aliases)) {
      if (!ids.has(newId)) (data.issues ??= []).push({ field: `anchors.${oldId}`, message: `points to "#${newId}", which is no heading of this article` });
      if (ids.has(oldId)) (data.issues ??= []).push({ field: `anchors.${oldId}`, message: "is still the id of a heading; an alias must be an id no heading has" });
    }
    data.anchorAliases = Object.keys(aliases).filter((oldId) => ids.has(aliases[oldId]!) && !ids.has(oldId));
  };
}
