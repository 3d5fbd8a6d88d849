import path from "node:path";
import type { Root } from "mdast";
import { articlePath, STATIC_PATHS } from "../routes";
import { deriveFrontmatter } from "./derive/frontmatter";
import type { CodeClaim } from "./derive/codes";
import { humanize, normalizeOldPath, REDIRECT_PATH, slugify } from "./formats/paths";
import { settleIds } from "./structure/anchors";
import { normalizeHeadings } from "./structure/headings";
import { restructure } from "./structure/solutions";
import type { SourceArticle } from "./types";
import type { ExistingArticle } from "./write/existing";

/** One article on its way in: the source, the tree being reshaped, and what it will be called. */
export interface Draft {
  article: SourceArticle;
  tree: Root;
  type: "troubleshooting" | "guide";
  title: string;
  summary: string;
  symptoms: string[];
  claims: CodeClaim[];
  category: { id: string; name: string; description: string };
  anchors: Record<string, string>;
  ids: Map<string, string>;
  slug: string;
  /** Absolute path of the article file. */
  file: string;
  existing?: ExistingArticle;
  redirectFrom: string[];
  /** Source text the importer replaced on purpose (and reported): not "lost". */
  replaced: string[];
  warnings: string[];
}

export interface PrepareOptions {
  contentRoot: string;
  into: string;
  sourceName: string;
}

/**
 * Shapes one source article into a draft of ours: headings, troubleshooting structure,
 * frontmatter, heading ids. Slugs and old URLs are settled across all drafts by `settleSlugs`.
 */
export function prepare(article: SourceArticle, options: PrepareOptions): Omit<Draft, "slug" | "file" | "existing" | "redirectFrom"> {
  const tree = article.body;
  const warnings = [...article.warnings, ...normalizeHeadings(tree, article.title)];
  const shaped = restructure(tree, { title: article.title, declaresErrors: article.errors.length > 0 });
  warnings.push(...shaped.warnings);
  const derived = deriveFrontmatter(article, tree, shaped.type === "troubleshooting");
  warnings.push(...derived.warnings);
  const settled = settleIds(tree);
  warnings.push(...settled.warnings);
  const fallback = path.basename(options.into) || "imported";
  const category = {
    id: article.category?.id || slugify(fallback, 40) || "imported",
    name: article.category?.name ?? humanize(fallback),
    description: article.category?.description ?? `${article.category?.name ?? humanize(fallback)}: articles imported from ${options.sourceName}.`,
  };
  return { article, tree, type: shaped.type, title: derived.title, summary: derived.summary, symptoms: derived.symptoms, claims: derived.claims, category, anchors: settled.anchors, ids: settled.ids, replaced: shaped.replaced, warnings };
}

const RESERVED = /^\/(articles|categories|errors|symptoms|search|api|_next)(\/|$)/;

/**
 * Gives each draft its slug and file: the one an earlier import of the same source gave it (updated
 * in place), else its source's slug, made unique with `-2`, `-3`… Old URLs become `redirectFrom`
 * unless they are a page of ours or another draft claimed them first.
 */
export function settleSlugs(drafts: Omit<Draft, "slug" | "file" | "existing" | "redirectFrom">[], existing: { bySourceId: Map<string, ExistingArticle>; slugs: Set<string> }, options: PrepareOptions): Draft[] {
  const taken = new Set(existing.slugs);
  const claimed = new Set<string>();
  return drafts.map((draft) => {
    const previous = existing.bySourceId.get(draft.article.id);
    let slug = previous?.slug;
    if (!slug) {
      const base = slugify(draft.article.slugHint, 80) || slugify(draft.title, 60) || "article";
      slug = base;
      for (let suffix = 2; taken.has(slug); suffix += 1) slug = `${base}-${suffix}`;
      if (slug !== base) draft.warnings.push(`slug "${base}" is taken; this article is "${slug}"`);
      taken.add(slug);
    }
    const redirectFrom: string[] = [];
    for (const raw of draft.article.oldUrls) {
      const url = normalizeOldPath(raw);
      if (url === articlePath(slug)) continue;
      if (!REDIRECT_PATH.test(url)) draft.warnings.push(`old URL ${url} has characters a redirect path cannot have; not redirected`);
      else if (RESERVED.test(url) || (STATIC_PATHS as readonly string[]).includes(url)) draft.warnings.push(`old URL ${url} is a page of this site; not redirected`);
      else if (claimed.has(url.toLowerCase())) draft.warnings.push(`old URL ${url} is claimed by another imported article; not redirected`);
      else {
        claimed.add(url.toLowerCase());
        redirectFrom.push(url);
      }
    }
    const file = previous?.file ?? path.join(options.contentRoot, options.into, draft.category.id, `${slug}.md`);
    return { ...draft, slug, file, existing: previous, redirectFrom };
  });
}
