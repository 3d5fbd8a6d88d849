import "server-only";
import { getSite } from "@/lib/artifacts";

/** What insights need to know about an article: its name, its steps in order, its codes. */
export interface CatalogueArticle {
  slug: string;
  title: string;
  url: string;
  /** Solution steps in the order the article gives them (what "consider moving up" compares). */
  steps: { id: string; title: string }[];
  symptoms: string[];
  errorCodes: string[];
  showOutcomes: boolean;
}

export interface InsightsCatalogue {
  articles: Map<string, CatalogueArticle>;
  /** Every code and status some article declares (`429`, `rate_limit_exceeded`). */
  declaredCodes: Set<string>;
}

let cached: Promise<InsightsCatalogue> | undefined;

/**
 * The one place insights look at content: titles, step order and declared codes, joined to the
 * store's slugs and step ids. Read from the build's artifacts (never `content/` at run time).
 */
export function loadCatalogue(): Promise<InsightsCatalogue> {
  cached ??= getSite().then((site) => {
    const articles = site.articles.map(
      (article): CatalogueArticle => ({
        slug: article.slug,
        title: article.title,
        url: article.url,
        steps: article.solutions.map(({ id, title }) => ({ id, title })),
        symptoms: article.symptoms,
        errorCodes: article.errorCodes.map(String),
        showOutcomes: article.showOutcomes,
      }),
    );
    return {
      articles: new Map(articles.map((article) => [article.slug, article])),
      declaredCodes: new Set(articles.flatMap((article) => article.errorCodes)),
    };
  });
  // Missing artifacts (no build yet) are tried again on the next request, not remembered.
  cached.catch(() => (cached = undefined));
  return cached;
}
