import fs from "node:fs";
import path from "node:path";
import { splitFrontmatter } from "../formats/frontmatter";
import { contentHash } from "./article-file";

export interface ExistingArticle {
  /** Absolute path. */
  file: string;
  slug: string;
  /** The `source` block an earlier import wrote, when there is one. */
  source?: { id: string; hash?: string };
  /** The hash of the file as it reads now. */
  currentHash: string;
}

/**
 * Every article under the content folder, by slug and by the source id an import recorded: what
 * a re-import updates in place, and the slugs a new article must not take.
 */
export function readExisting(contentRoot: string): { bySourceId: Map<string, ExistingArticle>; slugs: Set<string> } {
  const bySourceId = new Map<string, ExistingArticle>();
  const slugs = new Set<string>();
  if (!fs.existsSync(contentRoot)) return { bySourceId, slugs };
  for (const name of fs.readdirSync(contentRoot, { recursive: true, encoding: "utf8" })) {
    if (!name.endsWith(".md")) continue;
    const file = path.join(contentRoot, name);
    const slug = path.basename(name, ".md");
    slugs.add(slug);
    let data: Record<string, unknown>;
    let body: string;
    try {
      ({ data, body } = splitFrontmatter(fs.readFileSync(file, "utf8")));
    } catch {
      continue; // content:check reports a broken file; it is nobody's import.
    }
    const source = data.source as { id?: unknown; hash?: unknown } | undefined;
    if (source && typeof source.id === "string") {
      bySourceId.set(source.id, {
        file,
        slug,
        source: { id: source.id, hash: typeof source.hash === "string" ? source.hash : undefined },
        currentHash: contentHash(data, body),
      });
    }
  }
  return { bySourceId, slugs };
}
