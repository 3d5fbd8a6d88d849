import type { BlockContent, ListItem, RootContent } from "mdast";
import { textAttribute } from "./attributes";
import type { ConvertContext, Handler } from "./types";
import { asFlow, asPhrasing, heading, paragraph, strong } from "./nodes";

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
