import { getContent } from "@/lib/content";
import { findCategory } from "@/lib/content/queries";
import { absoluteUrl } from "@/lib/site";

export const dynamic = "force-static";

/**
 * Every article for ticketing integrations and macros: what it is, what it fixes, and a link to
 * each of its headings. Shape documented in the README ("Article catalogue").
 */
export function GET() {
  const content = getContent();
  const articles = content.articles.map((article) => ({
    slug: article.slug,
    url: absoluteUrl(article.url),
    title: article.title,
    summary: article.summary,
    type: article.type,
    category: { id: article.category, name: findCategory(content, article.category)?.name ?? article.category },
    symptoms: article.symptoms,
    errorCodes: article.errorCodes,
    audience: article.audience,
    updated: article.updated ?? null,
    headings: article.sections.flatMap((section) =>
      section.id ? [{ id: section.id, text: section.heading, depth: section.depth, url: absoluteUrl(`${article.url}#${section.id}`) }] : [],
    ),
  }));
  return Response.json({ version: 1, articles });
}
