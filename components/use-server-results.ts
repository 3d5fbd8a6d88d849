"use client";

import { useEffect, useState } from "react";
import type { SearchResult } from "@/lib/search/types";

/** A result of `/api/search`: the local result without its highlight words. */
export type ServerResult = Omit<SearchResult, "highlights">;

/** The server's answer to one query, or its failure (offline, or an error status). */
export type ServerAnswer = { query: string; results: ServerResult[] } | { query: string; failed: true };

/**
 * While the index downloads (a phone takes a few hundred milliseconds over 1,000 articles), the
 * query is answered by `/api/search`, ranked by the same Searcher. Each new query aborts the
 * request before it, so an answer for an older query never lands after a newer one; turning it
 * off (the index is ready) aborts the one in flight, so a late answer never replaces local results.
 */
export function useServerResults(query: string, enabled: boolean, limit: number): ServerAnswer | null {
  const [answer, setAnswer] = useState<ServerAnswer | null>(null);
  const trimmed = query.trim();

  useEffect(() => {
    if (!enabled || !trimmed) return;
    const controller = new AbortController();
    // The query as typed: a trailing space tells the searcher the last word is finished.
    const url = `/api/search?${new URLSearchParams({ q: query, limit: String(limit) })}`;
    fetch(url, { signal: controller.signal })
      .then(async (response) => {
        if (!response.ok) throw new Error(`search API: HTTP ${response.status}`);
        const body = (await response.json()) as { results?: unknown };
        if (!Array.isArray(body.results)) throw new Error("search API: no results");
        setAnswer({ query: trimmed, results: body.results as ServerResult[] });
      })
      .catch(() => {
        if (!controller.signal.aborted) setAnswer({ query: trimmed, failed: true });
      });
    return () => controller.abort();
  }, [query, trimmed, enabled, limit]);

  return enabled && trimmed ? answer : null;
}
