import fs from "node:fs";
import path from "node:path";
import { renderMarkdown } from "../markdown/render";
import { displayPath } from "../content/source";
import { readMarkdownSource } from "./formats/markdown";
import { lostWords, sourceWords } from "./formats/words";
import { readZendeskSource } from "./formats/zendesk";
import { ImageStore } from "./links/images";
import { LinkIndex } from "./links/index-of";
import { rewriteLinks } from "./links/rewrite";
import { prepare, settleSlugs, type Draft } from "./prepare";
import type { ImportedEntry, ImportFormat, ImportReport, SourceSet } from "./types";
import { articleFile, bodyMarkdown, type ImportedFrontmatter } from "./write/article-file";
import { declareCategories, declareCodes, lockOldUrls } from "./write/data-files";
import { readExisting } from "./write/existing";

export interface ImportOptions {
  format: ImportFormat;
  /** The source folder (absolute). */
  source: string;
  /** The site's content folder (absolute): `content/`, or HELP_CONTENT_DIR. */
  contentRoot: string;
  /** The folder under the content folder the articles go to. */
  into: string;
  oldUrlPrefix?: string;
  /** The source site's origin, for links and images that were not imported (Markdown). */
  sourceUrl?: string;
  /** Overwrite articles edited by hand since their import. */
  force: boolean;
  /** The site's `public/` folder (absolute): copied images go to `public/imported/<into>/`. */
  publicDir: string;
  /** `YYYY-MM-DD`, recorded as `source.importedAt` on what is written. */
  today: string;
}

function readSource(options: ImportOptions): SourceSet {
  if (options.format === "zendesk") return readZendeskSource(options.source);
  return { ...readMarkdownSource(options.source, { oldUrlPrefix: options.oldUrlPrefix }), origin: options.sourceUrl?.replace(/\/+$/, "") };
}

/**
 * `content:import`: reads a knowledge base, reshapes every article into ours, rewrites its links,
 * writes the files (only those that changed; never over a hand edit without `force`), declares
 * new categories and codes, and locks the old URLs. Returns the report.
 */
export function runImport(options: ImportOptions): ImportReport {
  const set = readSource(options);
  const existing = readExisting(options.contentRoot);
  const prepareOptions = { contentRoot: options.contentRoot, into: options.into, sourceName: path.basename(options.source) };
  const drafts = settleSlugs(set.articles.map((article) => prepare(article, prepareOptions)), existing, prepareOptions);

  const index = new LinkIndex();
  for (const draft of drafts) index.add({ slug: draft.slug, ids: draft.ids }, draft.article);
  const images = new ImageStore({
    sourceRoot: options.format === "markdown" ? options.source : undefined,
    publicDir: path.join(options.publicDir, "imported", options.into),
    publicPath: `/imported/${options.into.split(path.sep).join("/")}`,
  });

  const imported: ImportedEntry[] = [];
  const written: Draft[] = [];
  for (const draft of drafts) {
    draft.warnings.push(
      ...rewriteLinks(draft.tree, {
        index,
        ownIds: draft.ids,
        sourceFile: draft.article.format === "markdown" ? draft.article.source : undefined,
        oldPath: draft.article.oldUrls[0],
        origin: set.origin,
        images,
      }),
    );
    const body = bodyMarkdown(draft.tree);
    checkAliases(draft, body);
    const lost = lostWords(draft.article.sourceText, [draft.title, draft.summary, ...draft.symptoms, ...draft.replaced, sourceWords(draft.tree)].join(" "));
    if (lost.length) draft.warnings.push(`words of the source not found in the article (${lost.length}): ${lost.slice(0, 12).join(", ")}${lost.length > 12 ? ", …" : ""}`);
    const status = write(draft, body, options);
    imported.push({ source: draft.article.source, slug: draft.slug, file: displayPath(draft.file), status, warnings: draft.warnings });
    if (status !== "kept") written.push(draft);
  }

  const categories = declareCategories(options.contentRoot, uniqueBy(written.map((draft) => draft.category), (category) => category.id));
  const errorCodes = declareCodes(options.contentRoot, written.flatMap((draft) => draft.claims.map((claim) => ({ claim, source: draft.article.source }))));
  const lockedUrls = lockOldUrls(options.contentRoot, written.flatMap((draft) => draft.redirectFrom));
  return { imported, skipped: set.skipped, declared: { categories, errorCodes, lockedUrls } };
}

/** Renders the body as the site will and drops any alias the renderer would refuse (reported). */
function checkAliases(draft: Draft, body: string): void {
  const rendered = renderMarkdown(body, { anchorAliases: draft.anchors });
  for (const issue of rendered.issues) {
    const key = issue.field?.startsWith("anchors.") ? issue.field.slice("anchors.".length) : undefined;
    if (key && key in draft.anchors) {
      delete draft.anchors[key];
      draft.warnings.push(`old heading id #${key} not kept as an alias: ${issue.message}`);
    }
  }
}

function write(draft: Draft, body: string, options: ImportOptions): ImportedEntry["status"] {
  const frontmatter: Omit<ImportedFrontmatter, "source"> = {
    ...(draft.type === "guide" ? { type: "guide" as const } : {}),
    title: draft.title,
    summary: draft.summary,
    category: draft.category.id,
    ...(draft.symptoms.length ? { symptoms: draft.symptoms } : {}),
    ...(draft.claims.length ? { errorCodes: draft.claims.map((claim) => claim.code) } : {}),
    ...(draft.redirectFrom.length ? { redirectFrom: draft.redirectFrom } : {}),
    ...(Object.keys(draft.anchors).length ? { anchors: draft.anchors } : {}),
    ...(draft.article.updated ? { updated: draft.article.updated } : {}),
  };
  const source = { format: draft.article.format, id: draft.article.id, ...(draft.article.url ? { url: draft.article.url } : {}), importedAt: options.today };
  const { text, hash } = articleFile(frontmatter, source, body);
  const previous = draft.existing;
  if (previous) {
    const edited = previous.source?.hash !== previous.currentHash;
    if (edited && !options.force) {
      draft.warnings.push("edited by hand since its import: not overwritten (use --force to replace it)");
      return "kept";
    }
    if (!edited && previous.source?.hash === hash) return "unchanged";
  }
  fs.mkdirSync(path.dirname(draft.file), { recursive: true });
  fs.writeFileSync(draft.file, text);
  return previous ? "updated" : "created";
}

function uniqueBy<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Map<string, T>();
  for (const item of items) if (!seen.has(key(item))) seen.set(key(item), item);
  return [...seen.values()];
}
