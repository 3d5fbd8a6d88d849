import Link from "next/link";
import type { Category } from "@/lib/content/schema";
import type { ArticleMeta } from "@/lib/content/types";
import { audienceLabel } from "@/lib/content/queries";
import { articleMarkdownPath, categoryPath } from "@/lib/routes";
import { CopyLinks } from "./copy-links";

const dateFormat = new Intl.DateTimeFormat("en", { dateStyle: "long", timeZone: "UTC" });

/** Title, summary and the facts a reader scans first: who it is for, which codes, how fresh. */
export function ArticleHeader({ article, category }: { article: ArticleMeta; category: Category }) {
  return (
    <header className="mb-8">
      <h1 className="text-3xl font-bold tracking-tight text-balance sm:text-4xl">{article.title}</h1>
      <p className="mt-3 text-lg text-slate-700 dark:text-slate-300">{article.summary}</p>
      <dl className="mt-4 flex flex-wrap gap-x-6 gap-y-2 text-sm text-slate-600 dark:text-slate-400">
        <div className="flex gap-1">
          <dt>Category:</dt>
          <dd>
            <Link prefetch={false} href={categoryPath(category.id)}>{category.name}</Link>
          </dd>
        </div>
        {article.audience.length > 0 && (
          <div className="flex gap-1">
            <dt>For:</dt>
            <dd>{article.audience.map(audienceLabel).join(", ")}</dd>
          </div>
        )}
        {article.updated && (
          <div className="flex gap-1">
            <dt>Updated:</dt>
            <dd>
              <time dateTime={article.updated}>{dateFormat.format(new Date(`${article.updated}T00:00:00Z`))}</time>
            </dd>
          </div>
        )}
      </dl>
      <div className="mt-4">
        <CopyLinks path={article.url} articleTitle={article.title} summary={article.summary} markdownPath={articleMarkdownPath(article.slug)} />
      </div>
      {article.errorCodes.length > 0 && (
        <div className="mt-3 flex flex-wrap items-center gap-2 text-sm">
          <span className="text-slate-600 dark:text-slate-400">Error codes:</span>
          <ul className="flex flex-wrap gap-2">
            {article.errorCodes.map((code) => (
              <li key={String(code)}>
                <code className="rounded bg-slate-100 px-1.5 py-0.5 text-slate-900 dark:bg-slate-800 dark:text-slate-100">{code}</code>
              </li>
            ))}
          </ul>
        </div>
      )}
    </header>
  );
}
