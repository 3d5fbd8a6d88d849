import "server-only";
import { createHash } from "node:crypto";
import { getContent } from "../content";
import { buildContentIndex } from "./content-index";
import { Searcher } from "./searcher";
import type { SerializedIndex } from "./types";

let index: SerializedIndex | undefined;
let indexUrl: string | undefined;
let searcher: Searcher | undefined;

/** The index of the bundled content, built once per process (at build time for the static asset). */
export function getSearchIndex(): SerializedIndex {
  index ??= buildContentIndex(getContent());
  return index;
}

/**
 * Where the browser fetches the index: versioned by its content, so it can be cached for a year
 * and a content change is a new URL, never a stale copy.
 */
export function getSearchIndexUrl(): string {
  indexUrl ??= `/search-index.json?v=${createHash("sha256").update(JSON.stringify(getSearchIndex())).digest("hex").slice(0, 12)}`;
  return indexUrl;
}

/** The server's searcher: the same index and class the browser uses, so rankings agree. */
export function getSearcher(): Searcher {
  searcher ??= new Searcher(getSearchIndex());
  return searcher;
}
