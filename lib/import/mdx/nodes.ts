import type { BlockContent, Heading, Paragraph, PhrasingContent, RootContent, Strong, Text } from "mdast";

/** Small mdast builders and shape helpers shared by the converters. */
export const text = (value: string): Text => ({ type: "text", value });
export const strong = (value: string): Strong => ({ type: "strong", children: [text(value)] });
export const paragraph = (children: PhrasingContent[]): Paragraph => ({ type: "paragraph", children });

export function heading(depth: number, title: string, sourceId?: string): Heading {
  const node: Heading = { type: "heading", depth: Math.min(Math.max(depth, 1), 6) as Heading["depth"], children: [text(title)] };
  node.data = { fromComponent: true, ...(sourceId ? { sourceId } : {}) };
  return node;
}

const PHRASING = new Set([
  "text", "emphasis", "strong", "delete", "inlineCode", "link", "linkReference", "image", "imageReference", "break",
  "footnoteReference", "mdxTextExpression", "mdxJsxTextElement", "textDirective",
]);

export function isPhrasing(node: RootContent): node is PhrasingContent {
  return PHRASING.has(node.type);
}

/** Wraps runs of inline nodes in paragraphs, so a block position never holds bare text. */
export function asFlow(nodes: RootContent[]): BlockContent[] {
  const out: BlockContent[] = [];
  let run: PhrasingContent[] = [];
  const flush = () => {
    const meaningful = run.some((node) => node.type !== "text" || node.value.trim() !== "");
    if (meaningful) out.push(paragraph(run));
    run = [];
  };
  for (const node of nodes) {
    if (isPhrasing(node)) run.push(node);
    else {
      flush();
      out.push(node as BlockContent);
    }
  }
  flush();
  return out;
}

/** Flattens block nodes to inline content (a component written inline whose handler made blocks). */
export function asPhrasing(nodes: RootContent[]): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  for (const node of nodes) {
    if (isPhrasing(node)) out.push(node);
    else if (node.type === "paragraph" || node.type === "heading") {
      if (out.length) out.push(text(" "));
      out.push(...node.children);
    } else if ("children" in node) {
      if (out.length) out.push(text(" "));
      out.push(...asPhrasing(node.children as RootContent[]));
    } else if (node.type === "code") out.push({ type: "inlineCode", value: node.value });
  }
  return out;
}

declare module "mdast" {
  interface HeadingData {
    /** The id this heading had on the source site (explicit, or as the source generated it). */
    sourceId?: string;
    /** Made from a component (an accordion item): not a section the author wrote. */
    fromComponent?: boolean;
  }
}
