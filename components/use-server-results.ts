"use client";

import { useEffect, useRef, useState } from "react";
import type { SearchResult } from "@/lib/search/types";

/** A result of `/api/search`: the local result without its highlight words. */
export type ServerResult = Omit<SearchResult, "highlights">;

/** The server's answer to one query, or its failure (offline, or an error status). */
export type ServerAnswer = { query: string; results: ServerResult[] } | { query: string; failed: true };

/**
 * While the index downloads (a phone takes a few hundred milliseconds over 1,000 articles), the
 * query is answered by `/api/search`, ranked by the same Searcher. Every keystroke asks; an answer
 * is shown unless a newer query's answer is already on screen, so someone typing fast sees the
 * answer for what they had typed a moment ago rather than nothing until they pause, and an older
 * answer never replaces a newer one. Turning it off (the index is ready) aborts every request in
 * flight, so a late answer never replaces local results.
 */
export function useServerResults(query: string, enabled: boolean, limit: number): ServerAnswer | null {
  const [answer, setAnswer] = useState<ServerAnswer | null>(null);
  const asked = useRef(0);
  const shown = useRef(0);
  const inFlight = useRef(new Set<AbortController>());
  const trimmed = query.trim();

  useEffect(() => {
    if (!enabled || !trimmed) return;
    const order = (asked.current += 1);
    const controller = new AbortController();
    inFlight.current.add(controller);
    const show = (next: ServerAnswer) => {
      if (order < shown.current) return;
      shown.current = order;
      setAnswer(next);
    };
    // The query as typed: a trailing space tells the searcher the last word is finished.
    const url = `/api/search?${new URLSearchParams({ q: query, limit: String(limit) })}`;
    fetch(url, { signal: controller.signal })
      .then(async (response) => {
        if (!response.ok) throw new Error(`search API: HTTP ${response.status}`);
        const body = (await response.json()) as { results?: unknown };
        if (!Array.isArray(body.results)) throw new Error("search API: no results");
        show({ query: trimmed, results: body.results as ServerResult[] });
      })
      .catch(() => {
        if (!controller.signal.aborted) show({ query: trimmed, failed: true });
      })
      .finally(() => inFlight.current.delete(controller));
  }, [query, trimmed, enabled, limit]);

  // Off (the index is ready) or gone: nothing still on its way may land.
  useEffect(() => {
    if (!enabled) return;
    const pending = inFlight.current;
    return () => {
      for (const controller of pending) controller.abort();
      pending.clear();
    };
  }, [enabled]);

  return enabled && trimmed ? answer : null;
}
