import { ResourceTemplate, type McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { articleMarkdown } from "../markdown-export/article-markdown";
import { SLUG_PATTERN } from "../patterns";
import { articleMarkdownPath } from "../routes";
import { absoluteUrl } from "../site";
import type { HelpCenterSource } from "./source";

/**
 * Every article as a resource, named by its public Markdown URL (a client may fetch that URL
 * itself, or read it here): `https://<site>/articles/<slug>.md`.
 */
export function registerArticleResources(server: McpServer, source: HelpCenterSource): void {
  const template = absoluteUrl(articleMarkdownPath("{slug}"));
  server.registerResource(
    "article",
    new ResourceTemplate(template, {
      list: async () => ({
        resources: (await source.site()).articles.map((article) => ({
          uri: absoluteUrl(articleMarkdownPath(article.slug)),
          name: article.slug,
          title: article.title,
          description: article.summary,
          mimeType: "text/markdown",
        })),
      }),
    }),
    { title: "Help-center article", description: "One troubleshooting article or guide as Markdown.", mimeType: "text/markdown" },
    async (uri, variables) => {
      const slug = String(variables.slug ?? "");
      const article = SLUG_PATTERN.test(slug) ? await source.article(slug) : undefined;
      // Thrown errors become a JSON-RPC error for the client, never an HTTP failure.
      if (!article) throw new Error("No such article. List them with resources/list or find one with search_articles.");
      return { contents: [{ uri: uri.href, mimeType: "text/markdown", text: articleMarkdown(article) }] };
    },
  );
}
