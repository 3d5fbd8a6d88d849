import "server-only";
import { createHash } from "node:crypto";
import { getContent } from "../content";
import { buildContentIndex } from "./content-index";
import { Searcher } from "./searcher";
import type { SerializedIndex } from "./types";
import { SEARCH_INDEX_DIR } from "./index-url";

let index: SerializedIndex | undefined;
let indexFile: string | undefined;
let searcher: Searcher | undefined;

/** The index of the bundled content, built once per process (at build time for the static asset). */
export function getSearchIndex(): SerializedIndex {
  index ??= buildContentIndex(getContent());
  return index;
}

/** The index's file name: its content hash, so a content change is a new URL, never a stale copy. */
export function getSearchIndexFile(): string {
  indexFile ??= `${createHash("sha256").update(JSON.stringify(getSearchIndex())).digest("hex").slice(0, 16)}.json`;
  return indexFile;
}

/**
 * Where the browser fetches the index: `/search-index/<hash>.json`, the only URL cached for a year
 * (immutable). Any other hash is a 404; `/search-index.json` always answers the current index,
 * revalidated on every use, for pages built before a deploy (see use-search-engine.ts).
 */
export const getSearchIndexUrl = (): string => `${SEARCH_INDEX_DIR}/${getSearchIndexFile()}`;

/** The server's searcher: the same index and class the browser uses, so rankings agree. */
export function getSearcher(): Searcher {
  searcher ??= new Searcher(getSearchIndex());
  return searcher;
}
