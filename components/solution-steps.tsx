import Link from "next/link";
import type { ArticleMeta } from "@/lib/content/types";

/** An article's solution steps as links, most likely first: what a symptom or code page offers. */
export function SolutionSteps({ article, limit = 3 }: { article: ArticleMeta; limit?: number }) {
  const shown = article.solutions.slice(0, limit);
  const rest = article.solutions.length - shown.length;
  return (
    <ol className="mt-2 list-decimal space-y-1 pl-6">
      {shown.map((step) => (
        <li key={step.id}>
          <Link prefetch={false} href={`${article.url}#${step.id}`}>{step.title}</Link>
        </li>
      ))}
      {rest > 0 && (
        <li className="list-none text-sm">
          <Link prefetch={false} href={article.url}>…and {rest} more step{rest === 1 ? "" : "s"} in the article</Link>
        </li>
      )}
    </ol>
  );
}
