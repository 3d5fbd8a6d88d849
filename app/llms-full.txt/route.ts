import { getArticle, getSite } from "@/lib/artifacts";
import { articlesInCategory } from "@/lib/content/queries";
import { articleMarkdown } from "@/lib/markdown-export/article-markdown";
import { llmsFullHeader } from "@/lib/markdown-export/llms-txt";

export const dynamic = "force-static";

/**
 * `/llms-full.txt`: every article's Markdown in one file, in the order of `/llms.txt`, prerendered.
 * Articles are read one at a time, so the build holds the text, never every article object at once.
 */
export async function GET() {
  const content = await getSite();
  const parts = [llmsFullHeader(content)];
  const order = content.categories.flatMap((category) => articlesInCategory(content, category.id));
  for (const meta of order) {
    const article = await getArticle(meta.slug);
    if (article) parts.push(articleMarkdown(article));
  }
  return new Response(parts.join("\n---\n\n"), { headers: { "Content-Type": "text/plain; charset=utf-8" } });
}
