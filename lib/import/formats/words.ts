import type { Root, RootContent } from "mdast";

const TEXT_ATTRIBUTES = new Set(["title", "label", "header", "heading", "alt", "caption", "description", "summary", "text", "tip", "question"]);

/**
 * The words of a parsed Markdown/MDX source a reader would see: text, code, image alt text and
 * the text attributes of components (`title`, `label`, `header`, …). MDX comments, imports and
 * expressions are code, not text, and are left out.
 */
export function sourceWords(tree: Root): string {
  const parts: string[] = [];
  const walk = (node: Root | RootContent) => {
    if (node.type === "text" || node.type === "inlineCode" || node.type === "code" || node.type === "html") parts.push(node.value);
    if (node.type === "image") parts.push(node.alt ?? "");
    if ((node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement") && node.name !== "img") {
      for (const attribute of node.attributes) {
        if (attribute.type === "mdxJsxAttribute" && TEXT_ATTRIBUTES.has(attribute.name) && typeof attribute.value === "string") parts.push(attribute.value);
      }
    }
    if (node.type === "mdxJsxFlowElement" && node.name === "img") {
      const alt = node.attributes.find((attribute) => attribute.type === "mdxJsxAttribute" && attribute.name === "alt");
      if (alt && typeof alt.value === "string") parts.push(alt.value);
    }
    if (node.type === "hugoShortcode") parts.push(...node.args, ...Object.entries(node.attributes).filter(([key]) => TEXT_ATTRIBUTES.has(key)).map(([, value]) => value));
    if ("children" in node) for (const child of node.children as RootContent[]) walk(child);
  };
  walk(tree);
  return parts.join(" ");
}

/** Lowercase words (letters and digits), for comparing what went in with what came out. */
export function wordSet(text: string): Set<string> {
  return new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
}

/** Words of `before` that appear nowhere in `after`: text that would have been lost. */
export function lostWords(before: string, after: string): string[] {
  const kept = wordSet(after);
  return [...wordSet(before)].filter((word) => !kept.has(word));
}
