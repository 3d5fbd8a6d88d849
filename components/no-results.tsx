import Link from "next/link";
import type { ArticleLink } from "@/lib/artifacts/types";

/** When nothing matches: say so kindly, and offer the ways that still lead to a fix. */
export function NoResults({ query, popular }: { query: string; popular: ArticleLink[] }) {
  return (
    <div className="space-y-6">
      <p className="text-lg">
        Nothing matched <strong>“{query}”</strong>. That happens — try fewer words, the exact error code (such as{" "}
        <Link prefetch={false} href="/search?q=429">429</Link>), or the words of the error message.
      </p>
      <section aria-labelledby="no-results-start">
        <h2 id="no-results-start" className="text-xl font-semibold">
          Start from what you see
        </h2>
        <p className="mt-1">
          <Link prefetch={false} href="/#start">Pick your symptom or error code</Link> and we will take you to the fix.
        </p>
      </section>
      <section aria-labelledby="no-results-popular">
        <h2 id="no-results-popular" className="text-xl font-semibold">
          What most people need
        </h2>
        <ul className="mt-2 list-disc space-y-1 pl-5">
          {popular.map((article) => (
            <li key={article.slug}>
              <Link prefetch={false} href={article.url}>{article.title}</Link>
            </li>
          ))}
        </ul>
      </section>
      <p>
        Still stuck? <Link prefetch={false} href="/articles/getting-help">Here is how to get help</Link>.
      </p>
    </div>
  );
}
