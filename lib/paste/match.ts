import type { ErrorDetails } from "./types";

/** What the matcher needs of an article; `Article` from lib/content fits as is. */
export interface CatalogueEntry {
  slug: string;
  errorCodes: readonly (number | string)[];
  solutions?: readonly { id: string; title: string }[];
}

export interface ArticleMatch {
  slug: string;
  /** Why this article, in words for the UI: "Covers code rate_limit_exceeded and HTTP 429". */
  reason: string;
  /** Recognized codes (stated or suggested) that the article declares. */
  codes: string[];
  /** Recognized statuses (stated or suggested) that the article declares. */
  statuses: number[];
  /** The article's first solution: authors put the most likely fix first. */
  firstSolution?: { id: string; title: string };
}

const NONE = Number.MAX_SAFE_INTEGER;

/** Position of the best (earliest) recognized value the article declares, or NONE. */
const bestIndex = <T>(recognized: readonly T[], declared: ReadonlySet<T>) => {
  const index = recognized.findIndex((value) => declared.has(value));
  return index === -1 ? NONE : index;
};

/**
 * Articles for a pasted error, best first, each with its reason. Articles that declare none of
 * what was recognized are left out. The order, most telling first:
 *
 * 1. a stated platform code (codes are more specific than statuses: `feature_not_enabled` beats 403),
 *    the earlier the code in `details.codes` the better;
 * 2. a stated status, the more certain (earlier in `details.statuses`) the better;
 * 3. a code only suggested by words ("my account is locked");
 * 4. a status only suggested by words ("forbidden").
 *
 * Ties go to the article that declares fewer codes: a short list means the article is about
 * exactly that, a long one (api-errors) is the catch-all. So a bare 500, 502 or 503 leads to
 * high-error-rates (server-side failures: status page, retries) before api-errors (request problems),
 * while a 500 with `internal_error` leads to api-errors, the one article that declares that code.
 * Remaining ties keep catalogue order, so the result is stable.
 */
export function rankArticlesForError(details: ErrorDetails, catalogue: readonly CatalogueEntry[]): ArticleMatch[] {
  const explicit = details.statusEvidence.filter((item) => item.certainty !== "keyword");
  const statedStatuses = explicit.map((item) => item.status);
  const wordStatuses = details.statusEvidence.filter((item) => item.certainty === "keyword");

  const ranked = catalogue.flatMap((article, position) => {
    const declared = new Set<number | string>(article.errorCodes);
    const key = [
      bestIndex(details.codes, declared),
      bestIndex(statedStatuses, declared),
      bestIndex(details.hintedCodes, declared),
      bestIndex(
        wordStatuses.map((item) => item.status),
        declared,
      ),
    ];
    if (key.every((index) => index === NONE)) return [];
    const codes = [...details.codes, ...details.hintedCodes].filter((code) => declared.has(code));
    const statuses = details.statuses.filter((status) => declared.has(status));
    const match: ArticleMatch = {
      slug: article.slug,
      reason: reasonFor(details, codes, statuses, new Set(statedStatuses)),
      codes: [...new Set(codes)],
      statuses,
      firstSolution: article.solutions?.[0],
    };
    // Each tier is "declares it at all" then "how early": NONE sorts last within both.
    return [{ match, sortKey: [...key, article.errorCodes.length, position] }];
  });

  return ranked.sort((a, b) => compareKeys(a.sortKey, b.sortKey)).map(({ match }) => match);
}

function compareKeys(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i += 1) {
    const difference = (a[i] ?? NONE) - (b[i] ?? NONE);
    if (difference !== 0) return difference;
  }
  return 0;
}

function reasonFor(details: ErrorDetails, codes: string[], statuses: number[], stated: ReadonlySet<number>): string {
  const parts: string[] = [];
  const statedCodes = codes.filter((code) => details.codes.includes(code));
  const hinted = codes.filter((code) => !details.codes.includes(code));
  if (statedCodes.length) parts.push(`code ${statedCodes.join(", ")}`);
  const statedHere = statuses.filter((status) => stated.has(status));
  if (statedHere.length) parts.push(`HTTP ${statedHere.join(", ")}`);
  const guessed = [...hinted.map((code) => `code ${code}`), ...statuses.filter((status) => !stated.has(status)).map((status) => `HTTP ${status}`)];
  const words = details.keywords.length ? ` (from “${details.keywords.slice(0, 3).join("”, “")}”)` : "";
  if (!parts.length) return `Probably ${guessed.join(", ")}${words}`;
  return `Covers ${parts.join(" and ")} from your error`;
}
