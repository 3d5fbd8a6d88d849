import path from "node:path";
import type { Definition, Image, Link, Parent, Root, RootContent } from "mdast";
import { SKIP, visit } from "unist-util-visit";
import { articlePath } from "../../routes";
import { ConversionNotes } from "../mdx/notes";
import type { LinkTarget } from "./index-of";
import type { LinkContext } from "./types";


const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/**
 * Points the links of one article at their new homes: links to other imported articles (by old
 * path, Zendesk id, or source file) become `/articles/<slug>#<anchor>` with the anchor mapped to
 * the new heading id; other site-relative links become absolute links to the source site when its
 * origin is known, or plain text (the words stay) when it is not. Images go through the image store.
 */
export function rewriteLinks(tree: Root, context: LinkContext): string[] {
  const notes = new ConversionNotes();
  visit(tree, (node, index, parent: Parent | undefined) => {
    if (node.type === "link" || node.type === "definition") {
      const link = node as Link | Definition;
      const result = resolveLink(link.url, context, notes);
      if (result === null && link.type === "link" && parent && index !== undefined) {
        parent.children.splice(index, 1, ...(link.children as RootContent[]));
        return [SKIP, index];
      }
      link.url = result ?? link.url;
    }
    if (node.type === "image" && parent && index !== undefined) {
      const replacement = context.images.place(node as Image, context, notes);
      if (replacement !== node) {
        parent.children.splice(index, 1, replacement as RootContent);
        return SKIP;
      }
    }
    return undefined;
  });
  return notes.warnings();
}

/** The new URL, the same URL (external), or null to unlink and keep the text. */
function resolveLink(url: string, context: LinkContext, notes: ConversionNotes): string | null | undefined {
  const trimmed = url.trim();
  if (!trimmed) return undefined;
  if (trimmed.startsWith("#")) {
    const id = mapAnchor(context.ownIds, trimmed.slice(1));
    if (id) return `#${id}`;
    notes.add("links to headings that do not exist, unlinked (text kept)", trimmed);
    return null;
  }
  let sitePath: string | undefined;
  let hash = "";
  let target: LinkTarget | undefined;
  if (SCHEME.test(trimmed) || trimmed.startsWith("//")) {
    let parsed: URL;
    try {
      parsed = new URL(trimmed.startsWith("//") ? `https:${trimmed}` : trimmed);
    } catch {
      return undefined;
    }
    if (!context.origin || parsed.origin !== new URL(context.origin).origin) return undefined;
    sitePath = parsed.pathname;
    hash = parsed.hash.slice(1);
  } else {
    const [pathPart = "", fragment = ""] = trimmed.split("#");
    hash = fragment;
    if (pathPart.startsWith("/")) sitePath = pathPart.split("?")[0];
    else {
      const relative = pathPart.split("?")[0] ?? "";
      if (context.sourceFile !== undefined) {
        const file = path.posix.normalize(path.posix.join(path.posix.dirname(context.sourceFile), relative));
        target = context.index.bySourceFile(file);
      }
      if (!target && context.oldPath) sitePath = new URL(relative, `https://source.invalid${context.oldPath}`).pathname;
    }
  }
  target ??= sitePath ? context.index.byOldPath(sitePath) : undefined;
  if (target) {
    const anchor = hash ? mapAnchor(target.ids, hash) : undefined;
    if (hash && !anchor) notes.add("links whose anchor no longer exists (link kept, anchor dropped)", trimmed);
    return `${articlePath(target.slug)}${anchor ? `#${anchor}` : ""}`;
  }
  if (SCHEME.test(trimmed)) return undefined;
  if (context.origin) {
    notes.add("links to pages that were not imported, now absolute to the source site", trimmed);
    return new URL(trimmed, `${context.origin}${context.oldPath ?? "/"}`).href;
  }
  notes.add("links to pages that were not imported (no source origin known), unlinked (text kept)", trimmed);
  return null;
}

function mapAnchor(ids: ReadonlyMap<string, string>, raw: string): string | undefined {
  let anchor = raw;
  try {
    anchor = decodeURIComponent(raw);
  } catch {
    // A malformed escape is matched as written.
  }
  return ids.get(anchor) ?? ids.get(anchor.toLowerCase());
}
