import { absoluteUrl } from "../site";
import { errorEntries } from "./error-entries";
import type { Content } from "./types";

/**
 * The error catalogue as integrations read it (`/errors.json`, the MCP server's `list_error_codes`):
 * code → what it is, its page, and each article that fixes it with the step to start with. Shape
 * documented in the README ("Error catalogue").
 */
export function errorCatalogueJson(content: Content) {
  const codes = Object.fromEntries(
    errorEntries(content).map((entry) => {
      const [first] = entry.fixes;
      return [
        entry.code,
        {
          kind: entry.kind,
          status: entry.kind === "http" ? Number(entry.code) : (entry.status ?? null),
          name: entry.name,
          meaning: entry.meaning,
          title: first?.article.title ?? entry.name,
          summary: first?.article.summary ?? entry.meaning,
          url: absoluteUrl(entry.url),
          articles: entry.fixes.map((fix) => ({
            slug: fix.article.slug,
            title: fix.article.title,
            summary: fix.article.summary,
            url: absoluteUrl(fix.url),
            step: fix.step?.title ?? null,
          })),
        },
      ];
    }),
  );
  return { version: 1 as const, codes };
}
