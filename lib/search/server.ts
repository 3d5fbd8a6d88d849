import "server-only";
import { getContent } from "../content";
import { buildIndex } from "./build-index";
import { toSearchRecord } from "./records";
import { Searcher } from "./searcher";
import type { SerializedIndex } from "./types";

let index: SerializedIndex | undefined;
let searcher: Searcher | undefined;

/** The index of the bundled content, built once per process (at build time for the static asset). */
export function getSearchIndex(): SerializedIndex {
  if (!index) {
    const content = getContent();
    index = buildIndex(content.articles.map(toSearchRecord), content.searchVocabulary);
  }
  return index;
}

/** The server's searcher: the same index and class the browser uses, so rankings agree. */
export function getSearcher(): Searcher {
  searcher ??= new Searcher(getSearchIndex());
  return searcher;
}
