import type { Element, Root } from "hast";
import { SKIP, visit } from "unist-util-visit";

/**
 * Code blocks and tables scroll sideways on narrow screens; a keyboard user must be able to focus
 * them to scroll (WCAG 2.1.1). Code blocks become focusable; tables get a focusable, named wrapper.
 */
export function rehypeScrollableBlocks() {
  return (tree: Root) => {
    visit(tree, "element", (node, index, parent) => {
      if (node.tagName === "pre") {
        node.properties.tabIndex = 0;
        return SKIP;
      }
      if (node.tagName !== "table" || !parent || index === undefined) return;
      const wrapper: Element = {
        type: "element",
        tagName: "div",
        properties: { className: ["table-scroll"], tabIndex: 0, role: "region", ariaLabel: "Table, scrolls sideways" },
        children: [node],
      };
      parent.children[index] = wrapper;
      return SKIP;
    });
  };
}
