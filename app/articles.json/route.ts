import { getSite } from "@/lib/artifacts";
import { findCategory } from "@/lib/content/queries";
import { absoluteUrl } from "@/lib/site";

export const dynamic = "force-static";

/**
 * Every article for ticketing integrations and macros: what it is, what it fixes, and a link to
 * each of its headings. Shape documented in the README ("Article catalogue").
 */
export async function GET() {
  const content = await getSite();
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
    headings: article.headings.map((heading) => ({ ...heading, url: absoluteUrl(`${article.url}#${heading.id}`) })),
  }));
  return Response.json({ version: 1, articles });
}
