import type { Parent, Root, RootContent } from "mdast";
import { toString } from "mdast-util-to-string";

/** A Hugo shortcode pair (`{{< note >}}…{{< /note >}}`), gathered into one node for the converter. */
export interface HugoShortcode extends Parent {
  type: "hugoShortcode";
  name: string;
  /** Positional arguments, in order. */
  args: string[];
  attributes: Record<string, string>;
  children: RootContent[];
}

declare module "mdast" {
  interface RootContentMap {
    hugoShortcode: HugoShortcode;
  }
  interface BlockContentMap {
    hugoShortcode: HugoShortcode;
  }
}

const REF = /\{\{[<%]\s*(?:rel)?ref\s+"([^"]+)"\s*[>%]\}\}/g;
const LINE = /^[ \t]*(\{\{[<%]\s*\/?[A-Za-z][\w-]*(?:\s[^\n]*?)?\s*\/?[>%]\}\})[ \t]*$/gm;
const TAG = /^\{\{[<%]\s*(\/?)([A-Za-z][\w-]*)((?:\s[\s\S]*?)?)\s*(\/?)[>%]\}\}$/;

/** `[text]({{< ref "other.md" >}})` → `[text](other.md)`: the link is then rewritten like any other. */
export function resolveHugoRefs(text: string): string {
  return text.replace(REF, "$1");
}

/** Puts each shortcode that sits alone on a line in a paragraph of its own, so the tree shows it. */
export function isolateHugoShortcodes(text: string): string {
  return text.replace(LINE, "\n$1\n");
}

function parseArgs(raw: string): { args: string[]; attributes: Record<string, string> } {
  const args: string[] = [];
  const attributes: Record<string, string> = {};
  for (const match of raw.matchAll(/([\w-]+)=(?:"([^"]*)"|'([^']*)'|(\S+))|"([^"]*)"|'([^']*)'|(\S+)/g)) {
    if (match[1]) attributes[match[1]] = match[2] ?? match[3] ?? match[4] ?? "";
    else args.push(match[5] ?? match[6] ?? match[7] ?? "");
  }
  return { args, attributes };
}

function tagOf(node: RootContent): { closing: boolean; name: string; raw: string; selfClosing: boolean } | null {
  if (node.type !== "paragraph") return null;
  const match = TAG.exec(toString(node).trim());
  if (!match) return null;
  return { closing: match[1] === "/", name: match[2]!, raw: match[3] ?? "", selfClosing: match[4] === "/" };
}

/**
 * Turns shortcode paragraphs into `hugoShortcode` nodes: a paired one takes the nodes up to its
 * closing tag as children; a lone one (`{{< figure src=… >}}`) has none. Unclosed openers stay text.
 */
export function groupHugoShortcodes(tree: Root | Parent): void {
  const children = tree.children as RootContent[];
  for (const child of children) if ("children" in child && child.type !== "paragraph") groupHugoShortcodes(child as Parent);
  for (let index = children.length - 1; index >= 0; index -= 1) {
    const tag = tagOf(children[index]!);
    if (!tag || tag.closing) continue;
    const { args, attributes } = parseArgs(tag.raw);
    let end = -1;
    if (!tag.selfClosing) {
      for (let next = index + 1; next < children.length; next += 1) {
        const other = tagOf(children[next]!);
        if (other?.closing && other.name === tag.name) {
          end = next;
          break;
        }
      }
    }
    const inner = end === -1 ? [] : children.slice(index + 1, end);
    const node: HugoShortcode = { type: "hugoShortcode", name: tag.name, args, attributes, children: inner };
    children.splice(index, end === -1 ? 1 : end - index + 1, node);
  }
}
