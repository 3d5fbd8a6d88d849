import type { MetadataRoute } from "next";
import { getSite } from "@/lib/artifacts";
import { errorEntries } from "@/lib/content/error-entries";
import { listingPagePaths } from "@/lib/content/listings";
import { symptomEntries } from "@/lib/content/symptoms";
import { categoryPath } from "@/lib/routes";
import { absoluteUrl } from "@/lib/site";

/**
 * The pages for people. The Markdown copies (`/articles/<slug>.md`) are left out on purpose: they
 * are the same articles, each sends `Link: <page>; rel="canonical"`, and each page names its copy
 * with `<link rel="alternate" type="text/markdown">`; listing them here would ask search engines to
 * index every article twice. Assistants find them through `/llms.txt`.
 */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const content = await getSite();
  const page = (path: string, priority: number, lastModified?: string) => ({ url: absoluteUrl(path), priority, lastModified });
  return [
    page("/", 1),
    page("/articles", 0.6),
    page("/errors", 0.7),
    page("/symptoms", 0.5),
    page("/status", 0.4),
    // Later pages of the listings, when there are any: crawlers reach every article without them,
    // but each is a real page with its own canonical URL.
    ...listingPagePaths(content).map((path) => page(path, 0.3)),
    ...content.categories.map((category) => page(categoryPath(category.id), 0.6)),
    ...content.articles.map((article) => page(article.url, article.type === "troubleshooting" ? 0.8 : 0.7, article.updated)),
    ...errorEntries(content).map((entry) => page(entry.url, 0.6)),
    ...symptomEntries(content).map((entry) => page(entry.url, 0.5)),
  ];
}
