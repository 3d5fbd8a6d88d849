import { notFound } from "next/navigation";
import { getArticle, getSite } from "@/lib/artifacts";
import { articleMarkdown } from "@/lib/markdown-export/article-markdown";
import { absoluteUrl } from "@/lib/site";

/**
 * `/articles/<slug>.md` (next.config.ts rewrites it here; this folder's own URL is a 404, see
 * proxy.ts): the article as Markdown, prerendered like its page. The `Link` header names the page
 * as canonical, so search engines keep one copy of each article.
 */
export const dynamic = "force-static";
export const dynamicParams = false;

export async function generateStaticParams() {
  return (await getSite()).articles.map((article) => ({ slug: article.slug }));
}

export async function GET(_request: Request, props: RouteContext<"/markdown/[slug]">) {
  const { slug } = await props.params;
  const article = await getArticle(slug);
  if (!article) notFound();
  return new Response(articleMarkdown(article), {
    headers: {
      "Content-Type": "text/markdown; charset=utf-8",
      Link: `<${absoluteUrl(article.url)}>; rel="canonical"`,
    },
  });
}
