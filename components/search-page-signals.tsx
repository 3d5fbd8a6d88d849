"use client";

import { useEffect } from "react";
import { record } from "./event-recorder";

/**
 * Records a search made on /search: at once (the results are on the page, so it has settled), and
 * again under the same id when a result is opened, which adds the result and its position to it.
 * Result links carry `data-result-position` and `data-result-article` (SearchResults).
 */
export function SearchPageSignals({ query, results }: { query: string; results: number }) {
  useEffect(() => {
    const search = { type: "search" as const, source: "page" as const, query, results };
    const id = record(search);
    const onOpen = (event: MouseEvent) => {
      const link = (event.target as Element | null)?.closest?.<HTMLElement>("a[data-result-position]");
      const article = link?.dataset.resultArticle;
      const position = Number(link?.dataset.resultPosition);
      if (article && position > 0) record({ ...search, opened: { article, position } }, id);
    };
    // `auxclick` too: a result opened in a new tab is opened all the same.
    document.addEventListener("click", onOpen);
    document.addEventListener("auxclick", onOpen);
    return () => {
      document.removeEventListener("click", onOpen);
      document.removeEventListener("auxclick", onOpen);
    };
  }, [query, results]);
  return null;
}
