import type { Image, PhrasingContent, RootContent } from "mdast";
import { toString } from "mdast-util-to-string";
import { textAttribute } from "./attributes";
import { asFlow, asPhrasing, paragraph, strong, text } from "./nodes";
import type { Handler } from "./types";

/**
 * Images: `<Image>`, `<img>`, Hugo `figure`, Mintlify `<Frame caption>`. They become Markdown
 * images (the link rewriter then copies, or links to, the file); a caption stays as text.
 */
export const image: Handler = (component, context) => {
  const { attributes } = component;
  const caption = textAttribute(attributes, "caption", "title");
  const inner = context.convert(component.children, context);
  const src = textAttribute(attributes, "src", "href", "url");
  const alt = textAttribute(attributes, "alt") ?? "";
  const out: RootContent[] = [];
  if (src) {
    const node: Image = { type: "image", url: src, alt, title: null };
    out.push(node);
    context.notes.add("converted to Markdown images", `<${component.name}>`);
  } else if (alt) {
    out.push(text(alt));
    context.notes.add("images without a static src (alt text kept)", `<${component.name}>`);
  } else if (component.name.toLowerCase() === "frame") context.notes.add("unwrapped (layout only)", `<${component.name}>`);
  out.push(...inner);
  if (caption) out.push(component.inline ? text(` (${caption})`) : paragraph([{ type: "emphasis", children: [text(caption)] }]));
  return component.inline ? asPhrasing(out) : asFlow(out);
};

/** The HTML elements people write in MDX: kept as their Markdown equivalent, or unwrapped. */
export const htmlElement: Handler = (component, context) => {
  const name = component.name.toLowerCase();
  const children = context.convert(component.children, context);
  const phrasing = () => asPhrasing(children);
  const wrap = (node: PhrasingContent): RootContent[] => (component.inline ? [node] : [paragraph([node])]);
  switch (name) {
    case "a": {
      const href = textAttribute(component.attributes, "href");
      if (!href) return component.inline ? phrasing() : asFlow(children);
      return wrap({ type: "link", url: href, children: phrasing() });
    }
    case "br":
      return component.inline ? [{ type: "break" }] : [];
    case "strong":
    case "b":
      return wrap({ type: "strong", children: phrasing() });
    case "em":
    case "i":
      return wrap({ type: "emphasis", children: phrasing() });
    case "s":
    case "del":
      return wrap({ type: "delete", children: phrasing() });
    case "code":
      return wrap({ type: "inlineCode", value: toString({ type: "paragraph", children: phrasing() }) });
    case "p":
      return component.inline ? phrasing() : [paragraph(phrasing())];
    case "summary":
      return component.inline ? [strong(toString({ type: "paragraph", children: phrasing() }))] : [paragraph([strong(toString({ type: "paragraph", children: phrasing() }))])];
    default:
      if (name !== "fragment") context.notes.add("HTML wrappers unwrapped (text kept)", `<${component.name}>`);
      return component.inline ? phrasing() : asFlow(children);
  }
};

/** Small inline components: badges, keys, icons, tooltips, code blocks, and prose that looked like a directive. */
export const inlineComponent: Handler = (component, context) => {
  const name = component.name.toLowerCase();
  const children = context.convert(component.children, context);
  const content = () => toString({ type: "paragraph", children: asPhrasing(children) });
  switch (name) {
    case "#text":
      return [text(component.args[0] ?? "")];
    case "badge": {
      context.notes.add("converted to text", `<${component.name}>`);
      const label = textAttribute(component.attributes, "text", "label") ?? content();
      return component.inline ? [text(label)] : [paragraph([text(label)])];
    }
    case "kbd": {
      const key = content() || textAttribute(component.attributes, "children") || "";
      return component.inline ? [{ type: "inlineCode", value: key }] : [paragraph([{ type: "inlineCode", value: key }])];
    }
    case "tooltip": {
      context.notes.add("tooltips written out in brackets", `<${component.name}>`);
      const tip = textAttribute(component.attributes, "tip", "content", "title");
      const out = [...asPhrasing(children), ...(tip ? [text(` (${tip})`)] : [])];
      return component.inline ? out : [paragraph(out)];
    }
    case "codeblock": {
      context.notes.add("converted to fenced code", `<${component.name}>`);
      const title = textAttribute(component.attributes, "title");
      const code: RootContent = { type: "code", lang: textAttribute(component.attributes, "language", "lang") ?? null, meta: null, value: toString({ type: "root", children: children as never }) };
      return title ? [paragraph([strong(title)]), code] : [code];
    }
    default:
      context.notes.add("dropped (icons and generated lists, no reader text)", `<${component.name}>`);
      return [];
  }
};
