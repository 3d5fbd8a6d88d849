import type { RenderedHeading, RenderedMarkdown } from "../markdown/types";
import { articlePath } from "../routes";
import type { Frontmatter } from "./schema";
import type { ParsedSource } from "./source";
import type { Article, ArticleBody, ArticleMeta, Solution } from "./types";

const SOLUTIONS = /^solutions$/i;

/**
 * The `###` headings under `## Solutions`, or null when the article has no such section.
 * The `line` of the section heading comes back too, for the "no solution" report.
 */
export function findSolutions(toc: readonly RenderedHeading[]): { id: string; solutions: Solution[]; line?: number } | null {
  const start = toc.findIndex((heading) => heading.depth === 2 && SOLUTIONS.test(heading.text));
  if (start === -1) return null;
  const solutions: Solution[] = [];
  for (const heading of toc.slice(start + 1)) {
    if (heading.depth === 2) break;
    solutions.push({ id: heading.id, title: heading.text });
  }
  return { id: toc[start]!.id, solutions, line: toc[start]?.line };
}

/** A validated file and its rendering, as the article pages and the artifacts hold it. */
export function toArticle(source: ParsedSource, frontmatter: Frontmatter, rendered: RenderedMarkdown): Article {
  const found = findSolutions(rendered.headings);
  return {
    ...frontmatter,
    slug: source.slug,
    url: articlePath(source.slug),
    file: source.file,
    headings: rendered.sections.flatMap((section) => (section.id ? [{ id: section.id, text: section.heading, depth: section.depth }] : [])),
    headingIds: rendered.headingIds,
    solutions: found?.solutions ?? [],
    solutionsId: found?.id,
    parts: rendered.parts,
    toc: rendered.headings,
    stillStuckHtml: rendered.stillStuckHtml,
    sections: rendered.sections,
    markdown: source.body,
    exportSites: rendered.exportSites,
  };
}

// A Record, so adding a field to ArticleBody without naming it here is a type error (it would swell site.json).
const BODY_FIELDS: Record<keyof ArticleBody, true> = { parts: true, toc: true, stillStuckHtml: true, sections: true, markdown: true, exportSites: true };

/** The article without its body: the part every list and view needs. */
export function toArticleMeta(article: Article): ArticleMeta {
  return Object.fromEntries(Object.entries(article).filter(([key]) => !(key in BODY_FIELDS))) as ArticleMeta;
}
