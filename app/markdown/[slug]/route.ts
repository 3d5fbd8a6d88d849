import { notFound } from "next/navigation";
import { getArticle } from "@/lib/artifacts";
import { articleMarkdown } from "@/lib/markdown-export/article-markdown";
import { absoluteUrl } from "@/lib/site";

/**
 * `/articles/<slug>.md` (next.config.ts rewrites it here; this folder's own URL is a 404, see
 * proxy.ts): the article as Markdown. The `Link` header names the page as canonical, so search
 * engines keep one copy of each article.
 *
 * Answered per request rather than prerendered: the work is one small artifact read and a splice
 * at offsets the build recorded (no Markdown parsing), while prerendering doubled a large site's
 * static routes (10,000 more at 10,000 articles: build time, and a prerender manifest every server
 * parses on its first request). Cached like a static page: browsers revalidate, a CDN keeps it
 * until the next deploy purges it.
 */
export const dynamic = "force-dynamic";

export async function GET(_request: Request, props: RouteContext<"/markdown/[slug]">) {
  const { slug } = await props.params;
  const article = await getArticle(slug);
  if (!article) notFound();
  return new Response(articleMarkdown(article), {
    headers: {
      "Content-Type": "text/markdown; charset=utf-8",
      "Cache-Control": "public, max-age=0, s-maxage=31536000, must-revalidate",
      Link: `<${absoluteUrl(article.url)}>; rel="canonical"`,
    },
  });
}
