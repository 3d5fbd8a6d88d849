import type { BlockContent, ListItem, RootContent } from "mdast";
import { textAttribute } from "./attributes";
import type { Component, ConvertContext } from "./components";
import { asFlow, asPhrasing, heading, paragraph, strong, text } from "./nodes";

export type Handler = (component: Component, context: ConvertContext) => RootContent[];

const capitalize = (word: string) => word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
const CALLOUT_NAMES = new Set(["admonition", "callout", "aside", "alert", "hint", "notice"]);

/**
 * Admonitions, callouts and asides (Docusaurus `:::tip`, `<Admonition type>`, Starlight `<Aside>`,
 * Nextra `<Callout>`, Mintlify `<Note>`/`<Warning>`, Hugo `{{< hint >}}`) become a blockquote that
 * starts with its label in bold: `> **Warning:** …`. A custom title is kept as written.
 */
export const callout: Handler = (component, context) => {
  const lower = component.name.toLowerCase();
  const title = textAttribute(component.attributes, "title") ?? (component.syntax === "directive" ? component.args[0] : undefined);
  const kind = CALLOUT_NAMES.has(lower)
    ? (textAttribute(component.attributes, "type", "variant", "severity", "context", "color") ?? (component.syntax === "shortcode" ? component.args[0] : undefined) ?? "note")
    : lower;
  const label = title ?? `${capitalize(kind)}:`;
  context.notes.add("converted to a callout (blockquote)", `<${component.name}>`);
  const children = context.convert(component.children, context);
  if (component.inline) return [strong(label), text(" "), ...asPhrasing(children)];
  const flow = asFlow(children);
  const first = flow[0];
  if (first?.type === "paragraph") first.children.unshift(strong(label), text(" "));
  else flow.unshift(paragraph([strong(label)]));
  return [{ type: "blockquote", children: flow }];
};

/**
 * Tabs (Docusaurus/Starlight `<Tabs><TabItem label>`, Nextra `<Tabs items={[…]}><Tabs.Tab>`, Mintlify
 * `<Tab title>`, Supabase `<TabPanel>`, Hugo `tabpane`/`tab`): every tab's content is kept, one
 * after the other, each under its label in bold. A static page cannot hide the others.
 */
export const tabs: Handler = (component, context) => {
  const lower = component.name.toLowerCase();
  if (["tabs", "tabgroup", "tabpane"].includes(lower)) {
    const items = component.attributes.items ?? component.attributes.values;
    const labels = Array.isArray(items) ? [...items] : [];
    const children = component.children.map((child) => {
      if ((child.type === "mdxJsxFlowElement" || child.type === "hugoShortcode") && labels.length && !hasLabel(child)) {
        return { ...child, data: { ...child.data, tabLabel: labels.shift() } } as unknown as RootContent;
      }
      return child;
    });
    context.notes.add("tabs shown one after another", `<${component.name}>`);
    return asFlow(context.convert(children, context));
  }
  const label =
    textAttribute(component.attributes, "label", "title", "header", "value", "id") ??
    (component.syntax === "shortcode" ? component.args[0] : undefined) ??
    component.given;
  const children = asFlow(context.convert(component.children, context));
  return label ? [paragraph([strong(label)]), ...children] : children;
};

function hasLabel(node: RootContent): boolean {
  if (node.type === "hugoShortcode") return node.args.length > 0 || "title" in node.attributes;
  if (node.type !== "mdxJsxFlowElement") return false;
  return node.attributes.some((attribute) => attribute.type === "mdxJsxAttribute" && ["label", "title"].includes(attribute.name));
}

/** Mintlify `<CodeGroup>`: each code block keeps its title (the fence's meta) as a bold label. */
export const codeGroup: Handler = (component, context) => {
  context.notes.add("code groups shown one after another", `<${component.name}>`);
  const out: RootContent[] = [];
  for (const child of context.convert(component.children, context)) {
    if (child.type === "code" && child.meta) {
      out.push(paragraph([strong(child.meta)]));
      out.push({ ...child, meta: null });
    } else out.push(child);
  }
  return asFlow(out);
};

/**
 * Accordions, expandables and `<details>` become a heading one level below the section they are
 * in, with their content under it: readable without JavaScript, in the table of contents, and
 * linkable. An `id` the source gave the item (Supabase `<AccordionItem id>`) is kept as its anchor.
 * Groups (`<AccordionGroup>`, a titleless `<Accordion>`) are unwrapped.
 */
export const accordion: Handler = (component, context) => {
  let title = textAttribute(component.attributes, "title", "header", "heading", "summary", "question");
  if (!title && component.syntax === "shortcode") title = component.args.join(" ") || undefined;
  if (!title && component.syntax === "directive") title = component.args[0];
  let body = component.children;
  const summary = body.find((child) => (child.type === "mdxJsxFlowElement" || child.type === "mdxJsxTextElement") && child.name === "summary")
    ?? body.flatMap((child) => (child.type === "paragraph" ? child.children : [])).find((child) => child.type === "mdxJsxTextElement" && child.name === "summary");
  if (!title && summary && "children" in summary) {
    title = asPhrasing(context.convert(summary.children as RootContent[], context)).map((node) => ("value" in node ? node.value : "")).join("").trim();
    body = removeSummary(body, summary);
  }
  if (!title) {
    context.notes.add("unwrapped (groups of collapsible items)", `<${component.name}>`);
    return asFlow(context.convert(body, context));
  }
  context.notes.add("collapsible items turned into headings", `<${component.name}>`);
  const depth = context.depth;
  const head = heading(depth + 1, title, textAttribute(component.attributes, "id"));
  const inner: ConvertContext = { ...context, depth: depth + 1 };
  const children = asFlow(context.convert(body, inner));
  context.depth = depth;
  return [head, ...children];
};

function removeSummary(body: RootContent[], summary: RootContent): RootContent[] {
  return body
    .filter((child) => child !== summary)
    .map((child) => (child.type === "paragraph" && child.children.includes(summary as never) ? { ...child, children: child.children.filter((node) => node !== summary) } : child))
    .filter((child) => child.type !== "paragraph" || child.children.some((node) => node.type !== "text" || node.value.trim() !== ""));
}

/**
 * Steps: Mintlify `<Steps><Step title>` becomes a numbered list, each item led by its title in
 * bold. Starlight and Nextra `<Steps>` only wrap a list or headings, so they are unwrapped.
 */
export const steps: Handler = (component, context) => {
  if (component.name.toLowerCase() === "step") {
    const title = textAttribute(component.attributes, "title");
    const children = asFlow(context.convert(component.children, context));
    return title ? [paragraph([strong(title)]), ...children] : children;
  }
  const stepChildren = component.children.filter((child) => child.type === "mdxJsxFlowElement" && child.name?.toLowerCase() === "step");
  if (stepChildren.length === 0) {
    context.notes.add("unwrapped (the list or headings inside are the steps)", `<${component.name}>`);
    return asFlow(context.convert(component.children, context));
  }
  context.notes.add("converted to a numbered list", `<${component.name}>`);
  const items: ListItem[] = component.children.flatMap((child): ListItem[] => {
    if (!stepChildren.includes(child)) return [];
    return [{ type: "listItem", spread: true, children: asFlow(context.convert([child], context)) as BlockContent[] }];
  });
  const stray = component.children.filter((child) => !stepChildren.includes(child));
  return [...asFlow(context.convert(stray, context)), { type: "list", ordered: true, start: 1, spread: true, children: items }];
};

/** Cards link to something: the title becomes that link (or bold text), the description a paragraph. */
export const cards: Handler = (component, context) => {
  const lower = component.name.toLowerCase();
  const children = asFlow(context.convert(component.children, context));
  if (!["card", "linkcard", "cards.card", "tile"].includes(lower)) {
    context.notes.add("unwrapped (layout only)", `<${component.name}>`);
    return children;
  }
  context.notes.add("converted to a link paragraph", `<${component.name}>`);
  const title = textAttribute(component.attributes, "title", "label");
  const href = textAttribute(component.attributes, "href", "link", "url");
  const description = textAttribute(component.attributes, "description");
  const out: RootContent[] = [];
  if (title) out.push(paragraph([href ? { type: "link", url: href, children: [strong(title)] } : strong(title)]));
  else if (href) out.push(paragraph([{ type: "link", url: href, children: [text(href)] }]));
  if (description) out.push(paragraph([text(description)]));
  return [...out, ...children];
};
