import type { Article } from "../content/types";
import { articleMarkdownPath } from "../routes";
import { absoluteUrl } from "../site";
import { linkedBody } from "./linked-body";

/**
 * An article as one clean Markdown document, for assistants, `/articles/<slug>.md`, `/llms-full.txt`
 * and "Copy as Markdown": the title, the summary, where it lives, then the body with every section
 * heading linked to its stable URL (so a model quoting a step can cite the step).
 */
export function articleMarkdown(article: Article): string {
  const url = absoluteUrl(article.url);
  const facts = [
    `- URL: ${url}`,
    `- Markdown: ${absoluteUrl(articleMarkdownPath(article.slug))}`,
    article.errorCodes.length > 0 ? `- Error codes: ${article.errorCodes.map((code) => `\`${code}\``).join(", ")}` : "",
    article.updated ? `- Updated: ${article.updated}` : "",
  ].filter(Boolean);
  const body = linkedBody(article, url).text.trim();
  return `# ${article.title}\n\n${article.summary}\n\n${facts.join("\n")}\n\n${body}\n`;
}

/** Where the article's sections start, for `articleSection`: the pinned ids and the renderer's. */
export function sectionIds(article: Article): string[] {
  return article.toc.map((heading) => heading.id);
}

/**
 * One section of an article (a solution step, or a `##` section with its steps) as Markdown, led by
 * the article's title and URL so it stands alone. `id` may be an old id the article's `anchors`
 * still map. Undefined when the article has no such section.
 */
export function articleSection(article: Article, id: string): string | undefined {
  const wanted = article.anchors[id] ?? id;
  const url = absoluteUrl(article.url);
  const { text, headings } = linkedBody(article, url);
  const index = headings.findIndex((heading) => heading.id === wanted);
  const heading = headings[index];
  if (!heading) return undefined;
  const next = headings.slice(index + 1).find((candidate) => candidate.depth <= heading.depth);
  const section = text.slice(heading.offset, next?.offset).trim();
  return `From “${article.title}” (${url}#${wanted}):\n\n${section}\n`;
}
