import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";
import { redactSecrets } from "../../redact";
import { articleMarkdownPath } from "../../routes";
import { cleanQuery } from "../../search/query-params";
import { absoluteUrl } from "../../site";
import { MCP_LIMITS } from "../limits";
import { guarded, jsonResult, READ_ONLY } from "../results";
import type { HelpCenterSource } from "../source";

const input = {
  query: z
    .string()
    .min(1)
    .max(MCP_LIMITS.query)
    .describe("What to look for, as a person would type it: an error code (429, invalid_api_key), an error message, or a symptom (\"can't sign in\", \"budget alerts not arriving\")."),
  limit: z.number().int().min(1).max(MCP_LIMITS.results).optional().describe(`How many articles to return, 1 to ${MCP_LIMITS.results} (default ${MCP_LIMITS.defaultResults}).`),
};

export function registerSearchArticles(server: McpServer, source: HelpCenterSource): void {
  server.registerTool(
    "search_articles",
    {
      title: "Search the help center",
      description:
        "Search the AIaaS Help Center's troubleshooting articles (API errors such as 401, 403, 429 and 5xx, sign-in, API keys and roles, budgets and alerts). " +
        "Ranked exactly like the site's own search: typo-tolerant, exact on error codes. Returns the best articles first, each with its page URL (with the #anchor of the section that matched, when one did), its Markdown URL and a one-line summary. " +
        "Read one with get_article. For a whole pasted error message, log or stack trace, use diagnose_error instead.",
      inputSchema: input,
      annotations: READ_ONLY,
    },
    guarded(async ({ query, limit }) => {
      const cleaned = cleanQuery(query);
      const results = await source.search(cleaned, limit ?? MCP_LIMITS.defaultResults);
      return jsonResult({
        // Echoed for the client, masked: people search for what they see, keys included.
        query: redactSecrets(cleaned),
        results: results.map((result) => ({
          slug: result.slug,
          title: result.title,
          summary: result.summary,
          url: absoluteUrl(result.url),
          markdownUrl: absoluteUrl(articleMarkdownPath(result.slug)),
          section: result.section,
        })),
        ...(results.length === 0 ? { hint: "Nothing matched. Try fewer or other words, an error code, or diagnose_error with the full error text." } : {}),
      });
    }),
  );
}
