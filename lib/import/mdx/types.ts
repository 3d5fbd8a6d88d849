import type { RootContent } from "mdast";
import type { AttributeValue } from "./attributes";
import type { ConversionNotes } from "./notes";

/** A component as written in any of the source syntaxes: JSX, a `:::` directive, a Hugo shortcode. */
export interface Component {
  /** As written: `Admonition`, `Tabs.Tab`, `note`, `hint`. */
  name: string;
  syntax: "jsx" | "directive" | "shortcode";
  inline: boolean;
  attributes: Record<string, AttributeValue>;
  /** Hugo positional arguments; a directive's `[label]` is the first. */
  args: string[];
  children: RootContent[];
  /** A label the parent gave this item (Nextra `<Tabs items={[…]}>`). */
  given?: string;
}

export interface ConvertContext {
  source: string;
  /** Depth of the section the converter is in: a component that becomes a heading goes one deeper. */
  depth: number;
  notes: ConversionNotes;
  convert(nodes: readonly RootContent[], context: ConvertContext): RootContent[];
}

/** Turns one component into Markdown nodes. */
export type Handler = (component: Component, context: ConvertContext) => RootContent[];
