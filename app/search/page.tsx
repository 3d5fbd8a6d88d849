import type { Metadata } from "next";
import { NoResults } from "@/components/no-results";
import { SearchForm } from "@/components/search-form";
import { SearchPageSignals } from "@/components/search-page-signals";
import { SearchResults } from "@/components/search-results";
import { getSearchMeta } from "@/lib/artifacts";
import { cleanQuery } from "@/lib/search/query-params";
import { getSearcher } from "@/lib/search/server";

const PAGE_SIZE = 20;

function queryOf(searchParams: Record<string, string | string[] | undefined>): string {
  const raw = searchParams.q;
  return cleanQuery(Array.isArray(raw) ? raw[0] : raw);
}

export async function generateMetadata(props: PageProps<"/search">): Promise<Metadata> {
  const query = queryOf(await props.searchParams);
  return {
    title: query ? `Search: ${query}` : "Search",
    alternates: { canonical: "/search" },
    // Result pages are endless and thin; the articles themselves are what search engines should index.
    robots: { index: false, follow: true },
  };
}

/** Server-rendered results: shareable, and they work without JavaScript. */
export default async function SearchPage(props: PageProps<"/search">) {
  const query = queryOf(await props.searchParams);
  const results = query ? (await getSearcher()).search(query, PAGE_SIZE) : [];

  return (
    <div className="max-w-3xl">
      <h1 className="text-3xl font-bold tracking-tight">{query ? <>Results for “{query}”</> : "Search the help center"}</h1>
      <SearchForm id="search-page-q" defaultValue={query} className="mt-4" />
      <div className="mt-6">
        {query && results.length > 0 && (
          <>
            <p role="status" className="mb-4 text-slate-600 dark:text-slate-400">
              {results.length === PAGE_SIZE ? `Top ${PAGE_SIZE} results` : `${results.length} result${results.length === 1 ? "" : "s"}`}
            </p>
            <SearchResults results={results} />
          </>
        )}
        {query && results.length === 0 && <NoResults query={query} popular={(await getSearchMeta()).popular} />}
        {query && <SearchPageSignals query={query} results={results.length} />}
      </div>
    </div>
  );
}
