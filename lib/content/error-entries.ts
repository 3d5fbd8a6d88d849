import type { Article } from "./article";
import type { Content } from "./load";
import { errorPath } from "../routes";

export interface FirstStep {
  id: string;
  title: string;
}

export interface ErrorFix {
  article: Article;
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

function stepIn(article: Article, anchor: string | undefined): FirstStep | undefined {
  if (anchor) {
    const section = article.sections.find((candidate) => candidate.id === anchor);
    if (section?.id) return { id: section.id, title: section.heading };
  }
  return article.solutions[0];
}

/** The error catalogue joined with the articles that claim each code: HTTP statuses first, by number. */
export function errorEntries(content: Content): ErrorEntry[] {
  const claimants = (code: string) => content.articles.filter((article) => article.errorCodes.some((claimed) => String(claimed) === code));
  const entry = (kind: ErrorEntry["kind"], item: Content["errorCatalogue"]["platform"][number] | Content["errorCatalogue"]["http"][number]): ErrorEntry => {
    const code = String(item.code);
    return {
      code,
      kind,
      name: item.name,
      meaning: item.meaning,
      status: "status" in item ? item.status : undefined,
      url: errorPath(code),
      fixes: claimants(code).map((article) => {
        const step = stepIn(article, item.start[article.slug]);
        return { article, step, url: step ? `${article.url}#${step.id}` : article.url };
      }),
    };
  };
  return [
    ...[...content.errorCatalogue.http].sort((a, b) => a.code - b.code).map((item) => entry("http", item)),
    ...content.errorCatalogue.platform.map((item) => entry("platform", item)),
  ];
}

export function findErrorEntry(content: Content, code: string): ErrorEntry | undefined {
  return errorEntries(content).find((entry) => entry.code === code);
}
