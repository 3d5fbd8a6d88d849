import { articlePath } from "../routes";
import { normalizePath } from "./redirect-rules";
import { CONTENT_DIR, parseSource, readSourceFiles } from "./source";

export interface ContentRedirect {
  source: string;
  destination: string;
}

/**
 * Every `redirectFrom` path and the article it leads to, read from frontmatter alone (no
 * rendering), for next.config.ts's permanent redirects. Validation is content:check's job; this
 * only skips what is malformed.
 */
export function readRedirects(dir: string = CONTENT_DIR): ContentRedirect[] {
  const redirects: ContentRedirect[] = [];
  for (const file of readSourceFiles(dir)) {
    const data = parseSource(file).parsed?.data as { redirectFrom?: unknown } | undefined;
    const paths = Array.isArray(data?.redirectFrom) ? data.redirectFrom : [];
    for (const path of paths) {
      if (typeof path === "string" && /^\/[A-Za-z0-9._~/-]*$/.test(path)) {
        redirects.push({ source: normalizePath(path), destination: articlePath(file.slug) });
      }
    }
  }
  return redirects;
}
