import type { Image, Link, Text } from "mdast";
import type { ConversionNotes } from "../mdx/notes";
import type { LinkIndex } from "./index-of";

/** Places an image: copied beside the site, a link to where it lives, or its alt text. */
export interface ImagePlacer {
  place(node: Image, context: LinkContext, notes: ConversionNotes): Image | Link | Text;
}

export interface LinkContext {
  index: LinkIndex;
  /** The article's own heading ids (old and new → new), for `#anchor` links within it. */
  ownIds: ReadonlyMap<string, string>;
  /** Markdown: the file's path in the source folder; Zendesk: undefined. */
  sourceFile?: string;
  /** The article's first old path, for resolving page-relative links. */
  oldPath?: string;
  /** The source site's origin (Zendesk's html_url, or --source-url), to keep other links working. */
  origin?: string;
  images: ImagePlacer;
}
