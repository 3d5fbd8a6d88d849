import type { Audience, Category } from "./schema";
import type { ArticleMeta, Content } from "./types";

/** Pure lookups over loaded content; pages call these instead of filtering inline. */

const bySlug = new WeakMap<Content, Map<string, ArticleMeta>>();

export function findArticle(content: Content, slug: string): ArticleMeta | undefined {
  let articles = bySlug.get(content);
  if (!articles) bySlug.set(content, (articles = new Map(content.articles.map((article) => [article.slug, article]))));
  return articles.get(slug);
}

export function findCategory(content: Content, id: string): Category | undefined {
  return content.categories.find((category) => category.id === id);
}

// Every page of every category asks for its category's sorted articles: group and sort once per content.
const byCategory = new WeakMap<Content, Map<string, ArticleMeta[]>>();

/** A category's articles: troubleshooting first, then guides, each by title. */
export function articlesInCategory(content: Content, categoryId: string): ArticleMeta[] {
  let groups = byCategory.get(content);
  if (!groups) {
    groups = new Map();
    const sorted = [...content.articles].sort((a, b) => Number(a.type === "guide") - Number(b.type === "guide") || a.title.localeCompare(b.title));
    for (const article of sorted) {
      const group = groups.get(article.category);
      if (group) group.push(article);
      else groups.set(article.category, [article]);
    }
    byCategory.set(content, groups);
  }
  return groups.get(categoryId) ?? [];
}

const AUDIENCE_ORDER: readonly Audience[] = ["end-user", "developer", "admin"];

/** Guides written for one kind of reader, in the order end user, developer, administrator. */
export function personaGuides(content: Content): ArticleMeta[] {
  const rank = (article: ArticleMeta) => AUDIENCE_ORDER.indexOf(article.audience[0]!);
  return content.articles
    .filter((article) => article.type === "guide" && article.audience.length === 1)
    .sort((a, b) => rank(a) - rank(b));
}

export function relatedArticles(content: Content, article: ArticleMeta): ArticleMeta[] {
  return article.related.flatMap((slug) => findArticle(content, slug) ?? []);
}

const AUDIENCE_LABELS: Record<Audience, string> = {
  "end-user": "End users",
  developer: "Developers",
  admin: "Administrators",
};

export function audienceLabel(audience: Audience): string {
  return AUDIENCE_LABELS[audience];
}
