import Link from "next/link";
import type { StatusCodeEntry } from "@/lib/content/queries";

/** The HTTP statuses the articles resolve, each linking to the article(s) that fix it. */
export function StatusCodeGrid({ entries }: { entries: StatusCodeEntry[] }) {
  return (
    <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
      {entries.map(({ status, articles }) => (
        <li key={status} className="flex gap-3 rounded-lg border border-slate-200 p-3 dark:border-slate-800">
          <span className="font-mono text-xl font-bold text-slate-900 dark:text-slate-100">{status}</span>
          <ul className="text-sm">
            {articles.map((article) => (
              <li key={article.slug}>
                <Link href={article.url}>{article.title}</Link>
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}
