import type { RootContent } from "mdast";
import { textAttribute } from "./attributes";
import type { Handler } from "./types";
import { asFlow, asPhrasing, paragraph, strong, text } from "./nodes";

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
