import type { ArticleMeta } from "@/lib/content/types";

/**
 * Articles as linked titles with their summaries: categories, related articles, 404 suggestions.
 * Plain anchors, as in every list that grows with the content (see navigator.tsx): a Next Link per
 * article hydrates a client component each.
 */
export function ArticleList({ articles, headingLevel = 3 }: { articles: ArticleMeta[]; headingLevel?: 2 | 3 }) {
  const Heading = `h${headingLevel}` as const;
  return (
    <ul className="grid gap-3">
      {articles.map((article) => (
        <li key={article.slug} className="rounded-lg border border-slate-200 p-4 dark:border-slate-800">
          <Heading className="font-semibold">
            <a href={article.url}>{article.title}</a>
          </Heading>
          <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{article.summary}</p>
        </li>
      ))}
    </ul>
  );
}
