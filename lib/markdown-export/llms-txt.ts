import { articlesInCategory } from "../content/queries";
import type { Content } from "../content/types";
import { articleMarkdownPath } from "../routes";
import { absoluteUrl, site } from "../site";

/** Where the machine-readable doors are, in one place: llms.txt names them, the README documents them. */
export const MACHINE_PATHS = {
  llms: "/llms.txt",
  llmsFull: "/llms-full.txt",
  mcp: "/api/mcp",
  errors: "/errors.json",
  articles: "/articles.json",
} as const;

/**
 * `/llms.txt` in the llmstxt.org format: an `#` title, a `>` summary, a paragraph of notes, then one
 * `##` section per category listing its articles' Markdown URLs with one-line summaries, and an
 * `## Optional` section for what a model can skip when its context is short.
 */
export function llmsTxt(content: Content): string {
  const sections = content.categories.flatMap((category) => {
    const articles = articlesInCategory(content, category.id);
    if (articles.length === 0) return [];
    const links = articles.map((article) => `- [${linkText(article.title)}](${absoluteUrl(articleMarkdownPath(article.slug))}): ${article.summary}`);
    return [`## ${category.name}\n\n${links.join("\n")}`];
  });
  const optional = [
    `- [Every article in one file](${absoluteUrl(MACHINE_PATHS.llmsFull)}): all ${content.articles.length} articles above, as Markdown, concatenated`,
    `- [Error code catalogue](${absoluteUrl(MACHINE_PATHS.errors)}): every HTTP status and platform error code as JSON, with the article and step that fixes it`,
    `- [Article catalogue](${absoluteUrl(MACHINE_PATHS.articles)}): every article's metadata and heading URLs as JSON`,
  ];
  return [
    `# ${site.name}`,
    `> ${site.tagline} Troubleshooting articles for the ${site.platformName}: API errors (401, 403, 429, 5xx), sign-in, API keys and roles, budgets and alerts, each with ranked solution steps.`,
    [
      `Each link below is an article as Markdown; the same URL without \`.md\` is the page for people.`,
      `Every heading in an article links to its own stable URL: cite those when pointing someone at a step.`,
      `An MCP server at ${absoluteUrl(MACHINE_PATHS.mcp)} (Streamable HTTP) can search the articles, read one or one step, and diagnose a pasted error message.`,
    ].join(" "),
    ...sections,
    `## Optional\n\n${optional.join("\n")}`,
  ].join("\n\n") + "\n";
}

/** Square brackets would end the link text early. */
const linkText = (text: string) => text.replace(/[[\]]/g, (bracket) => `\\${bracket}`);

/** The head of `/llms-full.txt`, before every article's Markdown. */
export function llmsFullHeader(content: Content): string {
  return `# ${site.name}\n\n> ${site.tagline} All ${content.articles.length} articles follow, each as Markdown, separated by \`---\`. The index is at ${absoluteUrl(MACHINE_PATHS.llms)}.\n`;
}
