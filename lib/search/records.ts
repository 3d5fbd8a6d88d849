import type { Article } from "../content/types";
import type { SearchRecord } from "./types";

/** The part of an article search needs: plain text by field, no HTML. */
export function toSearchRecord(article: Article): SearchRecord {
  return {
    slug: article.slug,
    url: article.url,
    title: article.title,
    summary: article.summary,
    symptoms: article.symptoms,
    codes: article.errorCodes.map(String),
    sections: article.sections,
  };
}
