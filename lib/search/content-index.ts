import { errorEntries } from "../content/error-entries";
import type { Article, Content } from "../content/types";
import { buildIndex } from "./build-index";
import { toSearchRecord } from "./records";
import type { SerializedIndex } from "./types";

/** The index of a site's content: its articles, its search vocabulary, and its error codes' names. */
export function buildContentIndex(content: Content<Article>): SerializedIndex {
  const { phrases, synonyms } = content.search;
  // "Too Many Requests", "Invalid API key": a query naming a code searches for the code.
  const codeNames = errorEntries(content).map((entry): [string, string] => [entry.name, entry.code]);
  return buildIndex(content.articles.map(toSearchRecord), { phrases, synonyms, codeNames });
}
