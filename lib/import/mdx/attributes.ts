import type { Expression, Node as EsNode, Program } from "estree";
import type { MdxJsxFlowElement, MdxJsxTextElement } from "mdast-util-mdx-jsx";

/** An attribute as the importer can use it: text, a list of texts, `true` for a bare flag. */
export type AttributeValue = string | string[] | true;

/**
 * The value of a JS expression when it is a plain literal: a string, a number, a template with
 * no `${}`, or an array of those (or of objects with a `label`). Anything else is code, which the
 * importer never runs: undefined.
 */
export function staticValue(node: EsNode | null | undefined): string | string[] | undefined {
  if (!node) return undefined;
  if (node.type === "Literal") return typeof node.value === "string" || typeof node.value === "number" ? String(node.value) : undefined;
  if (node.type === "TemplateLiteral") return node.expressions.length === 0 ? node.quasis.map((quasi) => quasi.value.cooked ?? quasi.value.raw).join("") : undefined;
  if (node.type === "ArrayExpression") {
    const items = node.elements.map((element) => {
      if (element?.type === "ObjectExpression") {
        const label = element.properties.find(
          (property) => property.type === "Property" && property.key.type === "Identifier" && ["label", "title", "value"].includes(property.key.name),
        );
        return label?.type === "Property" ? staticValue(label.value as Expression) : undefined;
      }
      return element && element.type !== "SpreadElement" ? staticValue(element) : undefined;
    });
    return items.every((item): item is string => typeof item === "string") ? items : undefined;
  }
  return undefined;
}

/** The single expression of an MDX `{…}` program, or undefined. */
export function programExpression(program: Program | undefined): Expression | undefined {
  const first = program?.body[0];
  return program?.body.length === 1 && first?.type === "ExpressionStatement" ? first.expression : undefined;
}

/** Reads a JSX element's attributes statically. Spread attributes (`{...props}`) are skipped. */
export function jsxAttributes(node: MdxJsxFlowElement | MdxJsxTextElement): Record<string, AttributeValue> {
  const attributes: Record<string, AttributeValue> = {};
  for (const attribute of node.attributes) {
    if (attribute.type !== "mdxJsxAttribute") continue;
    const { value } = attribute;
    if (value === null || value === undefined) attributes[attribute.name] = true;
    else if (typeof value === "string") attributes[attribute.name] = value;
    else {
      const result = staticValue(programExpression(value.data?.estree ?? undefined));
      if (result !== undefined) attributes[attribute.name] = result;
    }
  }
  return attributes;
}

/** The first attribute of `names` that holds text. */
export function textAttribute(attributes: Record<string, AttributeValue>, ...names: string[]): string | undefined {
  for (const name of names) {
    const value = attributes[name];
    if (typeof value === "string" && value.trim()) return value.trim();
  }
  return undefined;
}
