import Link from "next/link";
import { highlightSegments } from "@/lib/search/highlight";
import type { SearchResult } from "@/lib/search/types";
import { Highlighted } from "./highlighted";

/** The results page's list: article, matched section, summary, with matched words marked. */
export function SearchResults({ results }: { results: SearchResult[] }) {
  return (
    <ol className="grid gap-4">
      {results.map((result, index) => (
        <li key={result.slug} className="rounded-lg border border-slate-200 p-4 dark:border-slate-800">
          <h2 className="text-lg font-semibold">
            <Link prefetch={false} href={result.url} data-result-position={index + 1} data-result-article={result.slug}>
              <Highlighted segments={highlightSegments(result.title, result.highlights)} />
            </Link>
          </h2>
          {result.section && (
            <p className="mt-1 text-sm font-medium text-slate-700 dark:text-slate-300">
              <span className="sr-only">Section: </span>
              <span aria-hidden="true">› </span>
              <Highlighted segments={highlightSegments(result.section, result.highlights)} />
            </p>
          )}
          <p className="mt-1 text-slate-600 dark:text-slate-400">
            <Highlighted segments={highlightSegments(result.summary, result.highlights)} />
          </p>
        </li>
      ))}
    </ol>
  );
}
