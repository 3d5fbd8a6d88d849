import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import { ZENDESK_ARTICLE_PATH } from "../../redirects/zendesk";
import type { SourceArticle, SourceSet } from "../types";
import { htmlToMdast } from "./html";
import { slugify } from "./paths";

const id = z.union([z.number().int(), z.string().regex(/^\d+$/)]).transform(String);

/** The fields of the Help Center API's article JSON the importer uses; others are ignored. */
const articleSchema = z.object({
  id,
  title: z.string(),
  body: z.string().nullable().optional(),
  html_url: z.string().optional(),
  section_id: id.nullable().optional(),
  label_names: z.array(z.string()).optional(),
  draft: z.boolean().optional(),
  locale: z.string().optional(),
  updated_at: z.string().nullable().optional(),
  edited_at: z.string().nullable().optional(),
});
const articlesPage = z.object({ articles: z.array(z.unknown()), next_page: z.string().nullable().optional() });
const sectionsFile = z.object({ sections: z.array(z.object({ id, name: z.string(), category_id: id.nullable().optional() })) });
const categoriesFile = z.object({ categories: z.array(z.object({ id, name: z.string() })) });


function readJson<T extends z.ZodType>(file: string, schema: T): z.infer<T> {
  const result = schema.safeParse(JSON.parse(fs.readFileSync(file, "utf8")));
  if (!result.success) throw new Error(`${path.basename(file)} is not a Help Center API export: ${result.error.issues[0]?.path.join(".")} ${result.error.issues[0]?.message}`);
  return result.data;
}

/**
 * Reads a Zendesk Help Center export as the API returns it: `articles*.json` pages, and
 * `sections.json` and `categories.json` for the categories. Bodies are HTML, converted through
 * unified (html.ts). Drafts, empty articles and repeated ids (other locales of one article) are
 * skipped with a reason.
 */
export function readZendeskSource(root: string): SourceSet {
  // `articles.json`, `articles-2.json`, … `articles-10.json`: in page order (no number is page 1).
  const pageNumber = (name: string) => Number(/(\d+)\.json$/i.exec(name)?.[1] ?? 1);
  const pages = fs.readdirSync(root).filter((name) => /^articles.*\.json$/i.test(name)).sort((a, b) => pageNumber(a) - pageNumber(b) || a.localeCompare(b));
  if (pages.length === 0) throw new Error(`${root} holds no articles*.json (the Help Center API's list-articles pages)`);
  const sections = fs.existsSync(path.join(root, "sections.json")) ? readJson(path.join(root, "sections.json"), sectionsFile).sections : [];
  const categories = fs.existsSync(path.join(root, "categories.json")) ? readJson(path.join(root, "categories.json"), categoriesFile).categories : [];
  const categoryName = new Map(categories.map((category) => [category.id, category.name]));
  const sectionCounts = new Map<string, number>();
  for (const section of sections) sectionCounts.set(slugify(section.name, 40), (sectionCounts.get(slugify(section.name, 40)) ?? 0) + 1);

  const articles: SourceArticle[] = [];
  const skipped: SourceSet["skipped"] = [];
  const seen = new Map<string, string>();
  let origin: string | undefined;
  for (const page of pages) {
    const { articles: records } = readJson(path.join(root, page), articlesPage);
    records.forEach((record, index) => {
      const parsed = articleSchema.safeParse(record);
      const label = parsed.success ? (parsed.data.html_url ?? `${page} article ${parsed.data.id}`) : `${page} #${index + 1}`;
      if (!parsed.success) return skipped.push({ source: label, reason: `not an article record: ${parsed.error.issues[0]?.path.join(".")} ${parsed.error.issues[0]?.message}` });
      const article = parsed.data;
      if (article.draft) return skipped.push({ source: label, reason: "a draft" });
      if (!article.body?.trim()) return skipped.push({ source: label, reason: "empty body" });
      const first = seen.get(article.id);
      if (first) return skipped.push({ source: label, reason: `article ${article.id} was already imported from ${first} (another locale of it); its old URLs redirect by id` });
      seen.set(article.id, label);
      const url = article.html_url ? new URL(article.html_url) : undefined;
      origin ??= url?.origin;
      const section = sections.find((candidate) => candidate.id === article.section_id);
      const group = section?.category_id ? categoryName.get(section.category_id) : undefined;
      const sectionId = section ? slugify((sectionCounts.get(slugify(section.name, 40)) ?? 0) > 1 && group ? `${group} ${section.name}` : section.name, 40) : undefined;
      const html = htmlToMdast(article.body);
      const locale = article.locale ?? url?.pathname.match(ZENDESK_ARTICLE_PATH)?.[1] ?? "en-us";
      articles.push({
        format: "zendesk",
        id: `zendesk:${article.id}`,
        source: label,
        url: article.html_url,
        title: article.title.replace(/\s+/g, " ").trim(),
        slugHint: article.title,
        category: section && sectionId ? { id: sectionId, name: section.name, description: group ? `${group}: ${section.name}` : undefined } : undefined,
        oldUrls: [`/hc/${locale.toLowerCase()}/articles/${article.id}`],
        errors: [],
        keywords: article.label_names ?? [],
        updated: (article.edited_at ?? article.updated_at ?? undefined)?.slice(0, 10),
        body: html.tree,
        sourceText: `${article.title} ${html.sourceText}`,
        sourceHash: crypto.createHash("sha256").update(JSON.stringify(record)).digest("hex").slice(0, 16),
        warnings: html.warnings,
      });
    });
  }
  return { articles, skipped, origin };
}
