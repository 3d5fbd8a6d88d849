import type { RenderedHeading, RenderedPart, RenderedSection } from "../markdown/types";
import type { Frontmatter } from "./schema";

/** A solution step: a `###` under `## Solutions`, in the order authors rank them. */
export interface Solution {
  id: string;
  title: string;
}

/** A validated, rendered article: everything pages, search and checks need, computed once. */
export interface Article extends Frontmatter {
  slug: string;
  url: string;
  /** Source path, for problem reports and "edit this page". */
  file: string;
  html: string;
  /** The body split at each `##`/`###`, so pages can add controls after solution steps. */
  parts: RenderedPart[];
  /** `##`/`###` headings: the table of contents. */
  toc: RenderedHeading[];
  /** Every heading id, at any depth: what `#anchor` links may point to. */
  headingIds: string[];
  solutions: Solution[];
  /** Id of the `## Solutions` heading, when the article has one. */
  solutionsId?: string;
  stillStuckHtml: string;
  sections: RenderedSection[];
}

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
