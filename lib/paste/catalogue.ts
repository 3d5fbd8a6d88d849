import { appendTo } from "../append-to";
import type { Content } from "../content/load";
import { errorEntries } from "../content/error-entries";
import type { ArticleMatch } from "./match";

/** What the paste box needs of each article, small enough to hand to the browser as a prop. */
export interface PasteCatalogueEntry {
  slug: string;
  title: string;
  url: string;
  errorCodes: (number | string)[];
  solutions: { id: string; title: string }[];
  /** Per code the article claims: the step to try first (from the error catalogue). */
  starts: Record<string, { id: string; title: string }>;
}

/** What the paste box is handed by the server: the articles to point to, and the codes to look for. */
export interface PasteCatalogue {
  articles: PasteCatalogueEntry[];
  /** Every platform code `content/error-codes.yml` declares: the one list the recognizer knows. */
  platformCodes: string[];
}

export function pasteCatalogue(content: Content): PasteCatalogue {
  const entries = errorEntries(content);
  return { articles: pasteArticles(content, entries), platformCodes: platformCodesOf(entries) };
}

const platformCodesOf = (entries: ReturnType<typeof errorEntries>) => entries.filter((entry) => entry.kind === "platform").map((entry) => entry.code);

/** The platform codes the content declares, for recognizers outside the paste box (the support request). */
export const platformCodes = (content: Content): string[] => platformCodesOf(errorEntries(content));

function pasteArticles(content: Content, entries: ReturnType<typeof errorEntries>): PasteCatalogueEntry[] {
  const starts = startsBySlug(entries);
  return content.articles
    .filter((article) => article.errorCodes.length > 0)
    .map((article) => ({
      slug: article.slug,
      title: article.title,
      url: article.url,
      errorCodes: article.errorCodes,
      solutions: article.solutions.map(({ id, title }) => ({ id, title })),
      starts: Object.fromEntries(starts.get(article.slug) ?? []),
    }));
}

/**
 * Per article, each code's start step, in the entries'
 * order. One pass over the entries: looking each article up in every entry was quadratic (14 s of
 * content:build at 10,000 articles).
 */
function startsBySlug(entries: ReturnType<typeof errorEntries>): Map<string, [string, { id: string; title: string }][]> {
  const bySlug = new Map<string, [string, { id: string; title: string }][]>();
  // An entry's fixes name each article once (error-entries.ts joins each code's distinct claimants).
  for (const entry of entries) {
    for (const fix of entry.fixes) if (fix.step) appendTo(bySlug, fix.article.slug, [entry.code, fix.step]);
  }
  return bySlug;
}

/** The step a match should open: the start step of its most specific code, else the first solution. */
export function stepForMatch(match: ArticleMatch, entry: PasteCatalogueEntry): { id: string; title: string } | undefined {
  for (const code of [...match.codes, ...match.statuses.map(String)]) {
    const start = entry.starts[code];
    if (start) return start;
  }
  return match.firstSolution ?? entry.solutions[0];
}
