import { normalizePath } from "../routes";
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
