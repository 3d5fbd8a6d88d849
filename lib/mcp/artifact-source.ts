import "server-only";
import { getArticle, getSite } from "../artifacts";
import { searchArticles } from "../search/server";
import type { HelpCenterSource } from "./source";

/** The MCP server's data: the build artifacts and the one searcher, exactly what pages and /api/search read. */
export const artifactSource: HelpCenterSource = { site: getSite, article: getArticle, search: searchArticles };
