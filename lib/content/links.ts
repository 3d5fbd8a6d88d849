import { normalizePath } from "../routes";
import { isDecodable } from "../url-decode";
import type { Problem } from "./problems";

export interface LinkTarget {
  /** Ids a `#anchor` on this path may name; undefined when the page's anchors are not known. */
  anchors?: ReadonlySet<string>;
}

export interface LinkSource {
  file: string;
  /** The page's own path, for `#anchor` links within it. */
  path: string;
  bodyLineOffset: number;
  links: readonly { href: string; line?: number }[];
}

/**
 * Internal links (`/articles/x`, `/articles/x#anchor`, `#anchor`) must resolve to a page the site
 * serves and, where the target's headings are known, to one of its anchors. External links are
 * left alone: checking them needs the network, and the build must not.
 */
export function checkInternalLinks(source: LinkSource, targets: ReadonlyMap<string, LinkTarget>): Problem[] {
  const problems: Problem[] = [];
  for (const link of source.links) {
    const resolved = resolveInternal(link.href, source.path);
    if (!resolved) continue;
    const line = link.line === undefined ? undefined : link.line + source.bodyLineOffset;
    const target = targets.get(resolved.path);
    const report = (message: string) => problems.push({ file: source.file, line, field: "body", message });
    if (resolved.malformed) {
      report(`link "${link.href}" has a malformed % escape in its anchor (write "%25" for a literal "%")`);
    } else if (!target) {
      report(`link "${link.href}" points to no page of this site`);
    } else if (resolved.anchor && target.anchors && !target.anchors.has(resolved.anchor)) {
      report(`link "${link.href}" points to no heading "#${resolved.anchor}" on ${resolved.path}`);
    }
  }
  return problems;
}

/** A link's page and anchor, or null when it leaves the site. The anchor is decoded; `malformed` when it cannot be. */
function resolveInternal(href: string, ownPath: string): { path: string; anchor: string; malformed: boolean } | null {
  if (href.startsWith("#")) return withAnchor(ownPath, href.slice(1));
  if (!href.startsWith("/") || href.startsWith("//")) return null;
  const url = new URL(href, "http://internal.invalid");
  return withAnchor(normalizePath(url.pathname), url.hash.slice(1));
}

function withAnchor(path: string, rawAnchor: string) {
  // An author's typo ("#50%-off") must be a reported problem, not a crash of the whole check.
  if (!isDecodable(rawAnchor)) return { path, anchor: rawAnchor, malformed: true };
  return { path, anchor: decodeURIComponent(rawAnchor), malformed: false };
}
