import { ZENDESK_ARTICLE_PATH } from "../../redirects/zendesk";
import { normalizeOldPath } from "../formats/paths";

/** What a link needs to know about an imported article to point at it. */
export interface LinkTarget {
  slug: string;
  /** Heading ids, old and new, → the id they land on now. */
  ids: ReadonlyMap<string, string>;
}

/**
 * Finds the imported article a link in the source means: by Zendesk article id, by old public
 * path, or (Markdown) by the file it names relative to the linking file.
 */
export class LinkIndex {
  private readonly byPath = new Map<string, LinkTarget>();
  private readonly byFile = new Map<string, LinkTarget>();
  private readonly byZendeskId = new Map<string, LinkTarget>();

  add(target: LinkTarget, entry: { id: string; source: string; oldUrls: readonly string[] }): void {
    for (const url of entry.oldUrls) this.byPath.set(normalizeOldPath(url).toLowerCase(), target);
    if (entry.id.startsWith("zendesk:")) this.byZendeskId.set(entry.id.slice("zendesk:".length), target);
    if (entry.id.startsWith("markdown:")) {
      const file = entry.source.replace(/\.mdx?$/i, "");
      this.byFile.set(file, target);
      if (/(^|\/)index$/i.test(file)) this.byFile.set(file.replace(/\/?index$/i, ""), target);
    }
  }

  /** A site path (`/docs/x`, `/hc/en-us/articles/123-title`). */
  byOldPath(path: string): LinkTarget | undefined {
    const zendesk = ZENDESK_ARTICLE_PATH.exec(path);
    if (zendesk) return this.byZendeskId.get(zendesk[2]!);
    return this.byPath.get(normalizeOldPath(path).toLowerCase());
  }

  /** A source-relative file path without extension (`db/connections`). */
  bySourceFile(file: string): LinkTarget | undefined {
    return this.byFile.get(file.replace(/\.mdx?$/i, "").replace(/\/+$/, ""));
  }
}
