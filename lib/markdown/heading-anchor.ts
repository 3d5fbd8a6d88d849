import type { Element } from "hast";
import type { Options } from "rehype-autolink-headings";
import { toString } from "hast-util-to-string";

/**
 * Every heading gets a trailing "#" link to itself. The "#" is decoration (hidden from assistive
 * tech); the link's name says where it points, so a screen reader hears "Link to section: …".
 */
export const headingAnchor: Options = {
  behavior: "append",
  properties: { className: ["heading-anchor"] },
  content: (heading: Element) => [
    { type: "element", tagName: "span", properties: { ariaHidden: "true" }, children: [{ type: "text", value: "#" }] },
    {
      type: "element",
      tagName: "span",
      properties: { className: ["sr-only"] },
      children: [{ type: "text", value: `Link to section: ${toString(heading).trim()}` }],
    },
  ],
};
