import type { RootContent } from "mdast";
import { toString } from "mdast-util-to-string";
import { jsxAttributes, type AttributeValue } from "./attributes";
import { callout, cards, codeGroup, tabs } from "./blocks";
import { accordion, steps } from "./collapsible";
import { htmlElement, image, inlineComponent } from "./inline";
import { paragraph, strong } from "./nodes";
import type { Component, ConvertContext, Handler } from "./types";

export function componentOf(node: RootContent, source: string): Component | null {
  if (node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement") {
    if (node.name === null) return { name: "fragment", syntax: "jsx", inline: node.type === "mdxJsxTextElement", attributes: {}, args: [], children: node.children };
    const given = (node.data as { tabLabel?: string } | undefined)?.tabLabel;
    return { name: node.name, syntax: "jsx", inline: node.type === "mdxJsxTextElement", attributes: jsxAttributes(node), args: [], children: node.children, given };
  }
  if (node.type === "containerDirective" || node.type === "leafDirective" || node.type === "textDirective") {
    if (node.type === "textDirective") {
      // `:name` in running text is far more often prose ("at 10:30", "Note:this") than a directive.
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      return { name: "#text", syntax: "directive", inline: true, attributes: {}, args: [start !== undefined && end !== undefined ? source.slice(start, end) : `:${node.name}${toString(node)}`], children: [] };
    }
    const [labelNode, ...rest] = node.children;
    const labelled = labelNode?.type === "paragraph" && labelNode.data?.directiveLabel === true;
    const attributes: Record<string, AttributeValue> = {};
    for (const [key, value] of Object.entries(node.attributes ?? {})) if (typeof value === "string") attributes[key] = value || true;
    return {
      name: node.name,
      syntax: "directive",
      inline: false,
      attributes,
      args: labelled ? [toString(labelNode)] : [],
      children: (labelled ? rest : node.children) as RootContent[],
    };
  }
  if (node.type === "hugoShortcode") {
    const given = (node.data as { tabLabel?: string } | undefined)?.tabLabel;
    return { name: node.name, syntax: "shortcode", inline: false, attributes: node.attributes, args: node.args, children: node.children, given };
  }
  return null;
}

const HANDLERS: Record<string, Handler> = {};
const register = (handler: Handler, ...names: string[]) => names.forEach((name) => (HANDLERS[name] = handler));
register(callout, "admonition", "callout", "note", "tip", "info", "warning", "warn", "danger", "caution", "check", "important", "aside", "alert", "hint", "notice", "success", "error", "attention", "deprecation", "question", "example", "quote", "abstract", "bug", "failure");
register(tabs, "tabs", "tabgroup", "tabpane", "tabitem", "tab", "tabpanel", "tabs.tab", "tabs.item");
register(codeGroup, "codegroup", "code-group", "requestexample", "responseexample");
register(accordion, "accordion", "accordionitem", "accordiongroup", "accordions", "expandable", "details", "collapse", "expand", "disclosure", "faq");
register(steps, "steps", "step");
register(cards, "card", "linkcard", "cards.card", "tile", "cardgroup", "cardgrid", "cards", "columns", "column", "tiles", "grid");
register(image, "image", "img", "figure", "themedimage", "frame", "zoom");
register(htmlElement, "a", "br", "strong", "b", "em", "i", "code", "p", "div", "span", "section", "center", "sup", "sub", "u", "small", "mark", "s", "del", "summary", "fragment");
register(inlineComponent, "badge", "kbd", "icon", "tooltip", "codeblock", "#text", "doccardlist", "tocinline", "toc");

/** Converts one component; an unknown one is unwrapped and keeps its text (and says so). */
export function convertComponent(component: Component, context: ConvertContext): RootContent[] {
  const handler = HANDLERS[component.name.toLowerCase()];
  if (handler) return handler(component, context);
  return unwrapUnknown(component, context);
}

const TEXT_ATTRIBUTES = ["title", "label", "header", "heading", "description", "text", "caption", "summary"];

function unwrapUnknown(component: Component, context: ConvertContext): RootContent[] {
  const children = context.convert(component.children, context);
  const titled = TEXT_ATTRIBUTES.map((name) => component.attributes[name]).find((value): value is string => typeof value === "string" && value.trim() !== "");
  const title = titled ?? (component.syntax === "shortcode" ? component.args.join(" ") : component.args[0]);
  if (children.length === 0 && !title) {
    context.notes.add("dropped (components with no text)", `<${component.name}>`);
    return [];
  }
  context.notes.add("unknown components unwrapped (text kept)", `<${component.name}>`);
  if (!title) return children;
  return component.inline ? [strong(title), { type: "text", value: " " }, ...children] : [paragraph([strong(title)]), ...children];
}
