import { SITE_PATH_PATTERN } from "../patterns";
import { articlePath, normalizePath } from "../routes";
import { parseSource, readSourceFiles } from "./source";
import type { Content } from "./types";

export interface ContentRedirect {
  source: string;
  destination: string;
}

/**
 * Every `redirectFrom` path and the article it leads to, from validated content: the build writes
 * it as an artifact, and proxy.ts answers each with a 308.
 */
export function contentRedirects(content: Content): ContentRedirect[] {
  return content.articles.flatMap((article) => article.redirectFrom.map((from) => ({ source: normalizePath(from), destination: article.url })));
}

/**
 * The same map read from frontmatter alone, without validating or rendering: for `next dev`, whose
 * proxy takes its redirects when the server starts, before any content is compiled. Builds use
 * the validated map from the artifacts instead.
 */
export function readRedirectsFromSource(dir: string): ContentRedirect[] {
  return readSourceFiles(dir).flatMap((file) => {
    const data = parseSource(file).parsed?.data as { redirectFrom?: unknown } | undefined;
    const paths = Array.isArray(data?.redirectFrom) ? data.redirectFrom : [];
    return paths.flatMap((from) =>
      typeof from === "string" && SITE_PATH_PATTERN.test(from) ? [{ source: normalizePath(from), destination: articlePath(file.slug) }] : [],
    );
  });
}
