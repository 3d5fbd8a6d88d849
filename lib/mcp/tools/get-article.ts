import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";
import { articleMarkdown, articleSection, sectionIds } from "../../markdown-export/article-markdown";
import { SLUG_PATTERN } from "../../patterns";
import { MCP_LIMITS } from "../limits";
import { guarded, markdownResult, READ_ONLY, toolError } from "../results";
import type { HelpCenterSource } from "../source";

const slugShape = (what: string) => z.string().max(MCP_LIMITS.slug).regex(SLUG_PATTERN, `${what} is lowercase words joined by hyphens`);

const input = {
  slug: slugShape("slug").describe("The article's slug, as search_articles and diagnose_error return it (the part after /articles/ in its URL), e.g. rate-limit-exceeded."),
  section: slugShape("section")
    .optional()
    .describe("Only this section or solution step: its id, the part after # in a URL the other tools returned (e.g. check-rate-limit-headers). Leave out for the whole article."),
};

export function registerGetArticle(server: McpServer, source: HelpCenterSource): void {
  server.registerTool(
    "get_article",
    {
      title: "Read an article",
      description:
        "The full text of one help-center article as Markdown: title, summary, URL, then its sections, with the solution steps in the order to try them (most likely fix first). " +
        "Every section heading links to its own stable URL: give the person that link when you point them at a step. " +
        "Pass section to get a single step instead of the whole article.",
      inputSchema: input,
      annotations: READ_ONLY,
    },
    guarded(async ({ slug, section }) => {
      const article = await source.article(slug);
      if (!article) return toolError(`No article has the slug "${slug}". Find the right one with search_articles.`);
      if (!section) return markdownResult(articleMarkdown(article));
      const text = articleSection(article, section);
      return text !== undefined ? markdownResult(text) : toolError(`The article "${slug}" has no section "${section}". Its sections are: ${sectionIds(article).join(", ")}.`);
    }),
  );
}
