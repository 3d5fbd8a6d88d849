import type { Element, Root as HastRoot } from "hast";
import { defaultHandlers, type Handle } from "hast-util-to-mdast";
import type { Heading, Link, Root } from "mdast";
import rehypeParse from "rehype-parse";
import rehypeRemark from "rehype-remark";
import { unified } from "unified";
import { ConversionNotes } from "../mdx/notes";

export interface ConvertedHtml {
  tree: Root;
  /** The text of the HTML as a reader saw it, for the lost-text check. */
  sourceText: string;
  warnings: string[];
}

/**
 * HTML (a Zendesk article body) to mdast through unified: rehype-parse, then rehype-remark.
 * Parsing builds a tree and nothing more: scripts never run, styles never apply. Heading ids
 * (Zendesk writes `id="h_01H…"`) are kept as the heading's source id, so old `#anchors` can be
 * aliased; embedded frames become links; what is dropped is counted for the report.
 */
export function htmlToMdast(html: string): ConvertedHtml {
  const notes = new ConversionNotes();
  const heading: Handle = (state, node: Element) => {
    const result = defaultHandlers.h1(state, node) as Heading;
    const id = node.properties.id;
    if (typeof id === "string" && id) result.data = { ...result.data, sourceId: id };
    return result;
  };
  const frame: Handle = (state, node: Element) => {
    const src = typeof node.properties.src === "string" ? node.properties.src : "";
    if (!src) {
      notes.add("dropped (embedded content with no address)", `<${node.tagName}>`);
      return undefined;
    }
    notes.add("embedded content turned into a link", `<${node.tagName}>`);
    const title = typeof node.properties.title === "string" && node.properties.title ? node.properties.title : `Embedded content (${node.tagName})`;
    const link: Link = { type: "link", url: state.resolve(src), title: null, children: [{ type: "text", value: title }] };
    return { type: "paragraph", children: [link] };
  };
  const dropped = (what: string): Handle => (_state, node: Element) => {
    notes.add(`dropped (${what})`, `<${node.tagName}>`);
    return undefined;
  };
  const processor = unified()
    .use(rehypeParse, { fragment: true })
    .use(rehypeRemark, {
      handlers: {
        h1: heading, h2: heading, h3: heading, h4: heading, h5: heading, h6: heading,
        iframe: frame, embed: frame, object: frame,
        script: dropped("scripts, never run"), style: dropped("styles"), template: dropped("templates"),
      },
    });
  const hast = processor.parse(html) as HastRoot;
  const sourceText = visibleText(hast);
  const tree = processor.runSync(hast) as unknown as Root;
  return { tree, sourceText, warnings: notes.warnings() };
}

/** The text a reader of the HTML would see (not script or style source). */
function visibleText(node: HastRoot | Element): string {
  return node.children
    .map((child) => {
      if (child.type === "text") return child.value;
      if (child.type === "element") {
        if (["script", "style", "template"].includes(child.tagName)) return "";
        if (child.tagName === "img") return ` ${String(child.properties.alt ?? "")} `;
        return ` ${visibleText(child)} `;
      }
      return "";
    })
    .join("");
}

