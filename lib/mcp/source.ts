import type { Article, ArticleMeta, Content } from "../content/types";
import type { PublicSearchResult } from "../search/server";

/**
 * What the MCP server reads: the site, one article, the search. The route hands it the build
 * artifacts (artifact-source.ts); tests may hand it anything of this shape.
 */
export interface HelpCenterSource {
  site(): Promise<Content<ArticleMeta>>;
  article(slug: string): Promise<Article | undefined>;
  search(query: string, limit: number): Promise<PublicSearchResult[]>;
}
