import type { Root } from "hast";
import { toString } from "hast-util-to-string";
import { visit } from "unist-util-visit";

/** GFM task-list checkboxes have no accessible name; name each after its item's text. */
export function rehypeTaskListLabels() {
  return (tree: Root) => {
    visit(tree, "element", (node) => {
      if (node.tagName !== "li") return;
      const box = node.children.find(
        (child) => child.type === "element" && child.tagName === "input" && child.properties.type === "checkbox",
      );
      if (box?.type === "element") box.properties.ariaLabel = toString(node).trim() || "Checklist item";
    });
  };
}
