import "server-only";
import { ContentError } from "./problems";
import { loadContent, type Content } from "./load";

let cached: Content | undefined;

/**
 * The site's content, loaded once per process. Pages call this; a content problem throws, so
 * `next build` fails with the same report `npm run content:check` prints.
 */
export function getContent(): Content {
  if (cached) return cached;
  const { content, problems } = loadContent();
  if (problems.length > 0) throw new ContentError(problems);
  cached = content;
  return content;
}

export type { Article, Solution } from "./article";
export type { Content } from "./load";
export type { Category, Frontmatter, ErrorCode, Audience } from "./schema";
