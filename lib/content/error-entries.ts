import { appendTo } from "../append-to";
import { errorPath } from "../routes";
import type { ErrorCatalogue } from "./schema";
import type { ArticleMeta, Content } from "./types";

export interface FirstStep {
  id: string;
  title: string;
}

export interface ErrorFix {
  article: ArticleMeta;
  /** Where to start for this code: the catalogue's `start` step, else the first solution. */
  step?: FirstStep;
  /** The article URL with the step's anchor. */
  url: string;
}

export interface ErrorEntry {
  /** The URL segment and what people type: "429", "rate_limit_exceeded". */
  code: string;
  kind: "http" | "platform";
  name: string;
  meaning: string;
  /** The HTTP status sent with a platform code. */
  status?: number;
  url: string;
  fixes: ErrorFix[];
}

type CatalogueItem = ErrorCatalogue["http"][number] | ErrorCatalogue["platform"][number];

function stepIn(article: ArticleMeta, anchor: string | undefined): FirstStep | undefined {
  if (anchor) {
    const heading = article.headings.find((candidate) => candidate.id === anchor);
    if (heading) return { id: heading.id, title: heading.text };
  }
  return article.solutions[0];
}

// Pages call these once per code; at 10,000 articles recomputing the join each time costs minutes of build.
const computed = new WeakMap<Content, { list: ErrorEntry[]; byCode: Map<string, ErrorEntry> }>();

function compute(content: Content) {
  const claimants = new Map<string, ArticleMeta[]>();
  for (const article of content.articles) {
    for (const code of new Set(article.errorCodes.map(String))) appendTo(claimants, code, article);
  }
  const entry = (kind: ErrorEntry["kind"], item: CatalogueItem): ErrorEntry => {
    const code = String(item.code);
    return {
      code,
      kind,
      name: item.name,
      meaning: item.meaning,
      status: "status" in item ? item.status : undefined,
      url: errorPath(code),
      fixes: (claimants.get(code) ?? []).map((article) => {
        const step = stepIn(article, item.start[article.slug]);
        return { article, step, url: step ? `${article.url}#${step.id}` : article.url };
      }),
    };
  };
  const list = [
    ...[...content.errorCatalogue.http].sort((a, b) => a.code - b.code).map((item) => entry("http", item)),
    ...content.errorCatalogue.platform.map((item) => entry("platform", item)),
  ];
  return { list, byCode: new Map(list.map((item) => [item.code, item])) };
}

function memo(content: Content) {
  let result = computed.get(content);
  if (!result) computed.set(content, (result = compute(content)));
  return result;
}

/** The error catalogue joined with the articles that claim each code: HTTP statuses first, by number. */
export function errorEntries(content: Content): ErrorEntry[] {
  return memo(content).list;
}

export function findErrorEntry(content: Content, code: string): ErrorEntry | undefined {
  return memo(content).byCode.get(code);
}
