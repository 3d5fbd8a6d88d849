import "server-only";
import { getSearchIndex as readSearchIndex, getSearchMeta } from "../artifacts";
import { SEARCH_INDEX_DIR } from "./index-url";
import { Searcher } from "./searcher";
import type { SearchResult, SerializedIndex } from "./types";

let searcher: { index: SerializedIndex; searcher: Searcher } | undefined;

/** The serialized index, as the build wrote it (see lib/artifacts): served to browsers, searched here. */
export const getSearchIndex = (): Promise<SerializedIndex> => readSearchIndex();

/** The index's file name: its content hash (computed by the build), so a content change is a new URL, never a stale copy. */
export async function getSearchIndexFile(): Promise<string> {
  return `${(await getSearchMeta()).indexHash}.json`;
}

/**
 * Where the browser fetches the index: `/search-index/<hash>.json`, the only URL cached for a year
 * (immutable). Any other hash is a 404; `/search-index.json` always answers the current index,
 * revalidated on every use, for pages built before a deploy (see use-search-engine.ts).
 */
export async function getSearchIndexUrl(): Promise<string> {
  return `${SEARCH_INDEX_DIR}/${await getSearchIndexFile()}`;
}

/**
 * The server's searcher: the same index and class the browser uses, so rankings agree. Built on
 * first use from the index artifact, and again only when the artifacts change (in `next dev`).
 */
export async function getSearcher(): Promise<Searcher> {
  const index = await getSearchIndex();
  if (searcher?.index !== index) searcher = { index, searcher: new Searcher(index) };
  return searcher.searcher;
}

/** One result as `/api/search` and the MCP server's `search_articles` give it: no highlight words. */
export type PublicSearchResult = Omit<SearchResult, "highlights">;

/** The search every door shares (`/api/search`, `/api/suggest`, MCP): one index, one ranking. */
export async function searchArticles(query: string, limit: number): Promise<PublicSearchResult[]> {
  if (!query) return [];
  return (await getSearcher()).search(query, limit).map(({ slug, title, summary, url, section, score }) => ({ slug, title, summary, url, section, score }));
}
