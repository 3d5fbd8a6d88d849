import type { Article, ArticleMeta, Content } from "../content/types";
import type { PublicSearchResult } from "../search/server";
import type { StatusReport } from "../status/report";

/**
 * What the MCP server reads: the site, one article, the search. The route hands it the build
 * artifacts (artifact-source.ts); tests may hand it anything of this shape.
 */
export interface HelpCenterSource {
  site(): Promise<Content<ArticleMeta>>;
  article(slug: string): Promise<Article | undefined>;
  search(query: string, limit: number): Promise<PublicSearchResult[]>;
  /** The platform's live status (never throws: an unknown status is a report that says so). */
  status(): Promise<StatusReport>;
}
