import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { site } from "../site";
import { registerArticleResources } from "./resources";
import type { HelpCenterSource } from "./source";
import { registerDiagnoseError } from "./tools/diagnose-error";
import { registerGetArticle } from "./tools/get-article";
import { registerListErrorCodes } from "./tools/list-error-codes";
import { registerSearchArticles } from "./tools/search-articles";

const INSTRUCTIONS = [
  `The ${site.name}: troubleshooting for the ${site.platformName} (API errors, sign-in, keys and roles, budgets and alerts).`,
  "When the person pastes an error, call diagnose_error with it first; otherwise search_articles, then get_article.",
  "Answer from the article's steps, in their order, and give the step's URL so the person can open it.",
].join(" ");

/**
 * The help center as an MCP server: four read-only tools and one resource per article. A new one
 * per request (the transport is stateless, see http.ts); registering them is cheap, and the data
 * behind them is read once per process by `source`.
 */
export function createMcpServer(source: HelpCenterSource): McpServer {
  const server = new McpServer({ name: "aiaas-help-center", title: site.name, version: "1.0.0" }, { instructions: INSTRUCTIONS });
  registerSearchArticles(server, source);
  registerGetArticle(server, source);
  registerDiagnoseError(server, source);
  registerListErrorCodes(server, source);
  registerArticleResources(server, source);
  return server;
}
