import type { Parent, PhrasingContent, Root, RootContent } from "mdast";
import type { MdxFlowExpression, MdxTextExpression } from "mdast-util-mdx-expression";
import { programExpression, staticValue } from "./attributes";
import { componentOf, convertComponent } from "./components";
import { ConversionNotes } from "./notes";
import { asFlow, text } from "./nodes";
import type { ConvertContext } from "./types";

export type { ConvertContext };

/**
 * Turns an MDX tree (with directives and Hugo shortcodes) into plain Markdown nodes: components
 * become Markdown (see components.ts), `import`/`export` lines and comments are dropped, other
 * `{expressions}` are kept as code. Nothing is evaluated. Every change is counted in the notes.
 */
export function convertMdx(tree: Root, source: string): { tree: Root; warnings: string[] } {
  const context: ConvertContext = { source, depth: 1, notes: new ConversionNotes(), convert: (nodes, inner) => convertNodes(nodes, inner) };
  const children = asFlow(convertNodes(tree.children, context));
  return { tree: { ...tree, children }, warnings: context.notes.warnings() };
}

function convertNodes(nodes: readonly RootContent[], context: ConvertContext): RootContent[] {
  const out: RootContent[] = [];
  for (const node of nodes) out.push(...convertNode(node, context));
  return out;
}

function convertNode(node: RootContent, context: ConvertContext): RootContent[] {
  if (node.type === "heading") context.depth = node.depth;
  // `<Note>text</Note>` alone on its line is a block, even though MDX parsed it inside a paragraph.
  if (node.type === "paragraph") {
    const meaningful = node.children.filter((child) => child.type !== "text" || child.value.trim() !== "");
    const only = meaningful[0];
    if (meaningful.length === 1 && only?.type === "mdxJsxTextElement") {
      const alone = componentOf(only, context.source);
      if (alone) return convertComponent({ ...alone, inline: false }, context);
    }
  }
  const component = componentOf(node, context.source);
  if (component) return convertComponent(component, context);
  switch (node.type) {
    case "mdxjsEsm":
      context.notes.add("dropped (MDX import/export lines, no reader text)", "import/export");
      return [];
    case "mdxFlowExpression":
    case "mdxTextExpression":
      return convertExpression(node, context);
    default:
      if ("children" in node) {
        const depth = context.depth;
        const children = convertNodes(node.children as RootContent[], context);
        if (node.type !== "heading") context.depth = depth;
        const fixed = node.type === "blockquote" || node.type === "listItem" || node.type === "footnoteDefinition" ? asFlow(children) : children;
        return [{ ...node, children: fixed } as Parent as RootContent];
      }
      return [node];
  }
}

function convertExpression(node: MdxFlowExpression | MdxTextExpression, context: ConvertContext): RootContent[] {
  const program = node.data?.estree ?? undefined;
  if (program && program.body.length === 0) {
    context.notes.add("dropped (MDX comments, not shown to readers)", "{/* … */}");
    return [];
  }
  const value = staticValue(programExpression(program));
  if (typeof value === "string") return value === "" ? [] : [text(value)];
  context.notes.add("kept as code (MDX expressions are never run)", `{${node.value.trim().slice(0, 40)}}`);
  const code: PhrasingContent = { type: "inlineCode", value: node.value.trim() };
  return node.type === "mdxFlowExpression" ? [{ type: "paragraph", children: [code] }] : [code];
}
