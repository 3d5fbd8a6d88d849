import type { Article } from "./article";
import type { Content } from "./load";
import type { Audience, Category } from "./schema";

/** Pure lookups over loaded content; pages call these instead of filtering inline. */

export function findArticle(content: Content, slug: string): Article | undefined {
  return content.articles.find((article) => article.slug === slug);
}

export function findCategory(content: Content, id: string): Category | undefined {
  return content.categories.find((category) => category.id === id);
}

/** A category's articles: troubleshooting first, then guides, each by title. */
export function articlesInCategory(content: Content, categoryId: string): Article[] {
  return content.articles
    .filter((article) => article.category === categoryId)
    .sort((a, b) => Number(a.type === "guide") - Number(b.type === "guide") || a.title.localeCompare(b.title));
}

const AUDIENCE_ORDER: readonly Audience[] = ["end-user", "developer", "admin"];

/** Guides written for one kind of reader, in the order end user, developer, administrator. */
export function personaGuides(content: Content): Article[] {
  const rank = (article: Article) => AUDIENCE_ORDER.indexOf(article.audience[0]!);
  return content.articles
    .filter((article) => article.type === "guide" && article.audience.length === 1)
    .sort((a, b) => rank(a) - rank(b));
}

export function relatedArticles(content: Content, article: Article): Article[] {
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
