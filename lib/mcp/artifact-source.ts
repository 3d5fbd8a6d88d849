import "server-only";
import { getArticle, getSite } from "../artifacts";
import { searchArticles } from "../search/server";
import { getServiceStatus } from "../status/server";
import type { HelpCenterSource } from "./source";

/**
 * The MCP server's data: the build artifacts, the one searcher and the service status, exactly
 * what pages, /api/search and /api/status read.
 */
export const artifactSource: HelpCenterSource = { site: getSite, article: getArticle, search: searchArticles, status: getServiceStatus };
