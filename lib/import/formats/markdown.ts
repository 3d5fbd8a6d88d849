import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { toString } from "mdast-util-to-string";
import { convertMdx } from "../mdx/convert";
import { parseBody } from "../mdx/parse";
import { recordSourceIds } from "../structure/headings";
import type { SourceArticle, SourceSet } from "../types";
import { folderCategories } from "./folder-categories";
import { declaredErrors, oldUrls, withoutRandomId } from "./markdown-fields";
import { dateField, listField, splitFrontmatter, textField } from "./frontmatter";
import { humanize, slugify } from "./paths";
import { sourceWords } from "./words";

export interface MarkdownOptions {
  oldUrlPrefix?: string;
}

/** Files a repository keeps beside its docs that are not articles. */
const NOT_ARTICLES = /^(readme|notice|license|licence|changelog|contributing|code_of_conduct|security|authors)\.mdx?$/i;
const USED_FIELDS = new Set([
  "title", "description", "summary", "excerpt", "slug", "permalink", "url", "id", "aliases", "redirect_from", "draft", "category",
  "categories", "topics", "errors", "updated", "updated_at", "lastmod", "last_update", "date", "date_created", "date_modified",
]);

/** Every `.md`/`.mdx` under `root`, recursively, skipping hidden and dependency folders. */
function listFiles(root: string): string[] {
  return fs
    .readdirSync(root, { recursive: true, encoding: "utf8" })
    .map((name) => name.split(path.sep).join("/"))
    .filter((name) => /\.mdx?$/i.test(name) && !name.split("/").some((part) => part.startsWith(".") || part === "node_modules"))
    .sort();
}

/**
 * Reads a folder of Markdown/MDX articles (Docusaurus, Starlight, Nextra, Mintlify, Hugo,
 * Supabase-style troubleshooting): frontmatter, body (MDX components converted), old URLs.
 */
export function readMarkdownSource(root: string, options: MarkdownOptions): SourceSet {
  const articles: SourceArticle[] = [];
  const skipped: SourceSet["skipped"] = [];
  const categories = folderCategories(root);
  for (const relative of listFiles(root)) {
    const base = path.posix.basename(relative);
    if (NOT_ARTICLES.test(base)) {
      skipped.push({ source: relative, reason: "a repository file (README, NOTICE, LICENSE…), not an article" });
      continue;
    }
    if (base.startsWith("_")) {
      skipped.push({ source: relative, reason: base.startsWith("_index.") ? "a section's index page (its title names the category)" : "a partial (file name starts with _), included by other pages" });
      continue;
    }
    const raw = fs.readFileSync(path.join(root, relative), "utf8");
    try {
      const article = readOne(relative, raw, options, categories);
      if (typeof article === "string") skipped.push({ source: relative, reason: article });
      else articles.push(article);
    } catch (error) {
      skipped.push({ source: relative, reason: error instanceof Error ? error.message : String(error) });
    }
  }
  return { articles, skipped };
}

function readOne(relative: string, raw: string, options: MarkdownOptions, categories: Map<string, string>): SourceArticle | string {
  const { data, body } = splitFrontmatter(raw);
  if (data.draft === true || data.draft === "true") return "a draft (draft: true)";
  const parsed = parseBody(body, /\.mdx$/i.test(relative) ? "mdx" : "md");
  recordSourceIds(parsed.tree, true);
  const sourceText = sourceWords(parsed.tree);
  const converted = convertMdx(parsed.tree, parsed.text);
  const tree = converted.tree;
  if (!toString(tree).trim()) return "no body text";

  const withoutExtension = relative.replace(/\.mdx?$/i, "");
  const isIndex = /(^|\/)index$/i.test(withoutExtension);
  const folder = path.posix.dirname(relative) === "." ? "" : path.posix.dirname(relative);
  const fileSlug = isIndex ? path.posix.basename(folder) || "index" : path.posix.basename(withoutExtension);
  const firstHeading = tree.children.find((node) => node.type === "heading" && node.depth === 1);
  const title = unquote(textField(data, "title") ?? (firstHeading ? toString(firstHeading).trim() : undefined) ?? humanize(fileSlug));
  const topFolder = folder.split("/")[0] ?? "";
  const categoryName = topFolder ? (categories.get(topFolder) ?? humanize(topFolder)) : (textField(data, "category") ?? listField(data, "categories", "topics")[0]);
  const unused = Object.keys(data).filter((key) => !USED_FIELDS.has(key));

  return {
    format: "markdown",
    id: `markdown:${relative}`,
    source: relative,
    title,
    description: textField(data, "description", "summary", "excerpt"),
    slugHint: (textField(data, "slug")?.split("/").filter(Boolean).at(-1)) ?? textField(data, "id") ?? withoutRandomId(fileSlug),
    category: categoryName ? { id: slugify(categoryName, 40) || "imported", name: humanize(categoryName) } : undefined,
    oldUrls: oldUrls(data, options.oldUrlPrefix, folder, isIndex ? folder : withoutExtension),
    errors: declaredErrors(data.errors),
    keywords: listField(data, "keywords", "tags"),
    updated: dateField(data, "updated", "updated_at", "lastmod", "last_update", "date_modified", "date", "date_created"),
    body: tree,
    sourceText: `${title} ${sourceText}`,
    sourceHash: crypto.createHash("sha256").update(raw).digest("hex").slice(0, 16),
    warnings: [...parsed.warnings, ...converted.warnings, ...(unused.length ? [`frontmatter fields not carried over: ${unused.join(", ")}`] : [])],
  };
}

/** `"'Why X'"`: a title quoted twice over (once for TOML, once by habit) reads without the inner quotes. */
function unquote(title: string): string {
  const quote = title[0];
  if (!quote || !`'"`.includes(quote) || title.length < 3 || !title.endsWith(quote)) return title;
  const inner = title.slice(1, -1);
  // Only when the quotes pair up: `'Error: 'x' during y'` → `Error: 'x' during y`.
  return inner.split(quote).length % 2 === 1 && inner.trim() ? inner.trim() : title;
}
