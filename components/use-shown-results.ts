"use client";

import { useMemo } from "react";
import type { Segment } from "@/lib/search/highlight";
import type { SearchResult } from "@/lib/search/types";
import type { ShownResult } from "./search-option";
import type { EngineStatus, Highlighter } from "./use-search-engine";
import type { ServerAnswer, ServerResult } from "./use-server-results";

/** Where the listed results came from: the local index, or the server while the index loads. */
export type ResultSource = "local" | "server" | null;

const NO_WORDS: readonly string[] = [];
const NO_RESULTS: readonly ServerResult[] = [];
const unhighlighted = (text: string): Segment[] => [{ text, match: false }];

/**
 * What the listbox shows: the local results once the index is ready, else the server's last answer,
 * each with its texts split into marked segments (local results carry their highlight words; the
 * server's are marked with the query's own words, unmarked until the highlighter has loaded).
 */
export function useShownResults(local: SearchResult[] | null, server: ServerAnswer | null, highlighter: Highlighter | null) {
  const serverResults = server && "results" in server ? server.results : null;
  const serverWords = useMemo(() => (server && highlighter ? highlighter.queryHighlights(server.query) : NO_WORDS), [server, highlighter]);
  const results: readonly ServerResult[] = local ?? serverResults ?? NO_RESULTS;
  const source: ResultSource = local ? "local" : serverResults ? "server" : null;
  const shown = useMemo(() => {
    const highlight = highlighter?.highlight ?? unhighlighted;
    return results.map((result, index): ShownResult => {
      const words = local ? local[index]!.highlights : serverWords;
      return {
        url: result.url,
        title: highlight(result.title, words),
        section: result.section ? highlight(result.section, words) : null,
        summary: highlight(result.summary, words),
      };
    });
  }, [results, local, serverWords, highlighter]);
  return { results, shown, source };
}

/** The last option's lead-in before any results: loading, unless both the index and the server failed (offline). */
export function instantStatus(status: EngineStatus, source: ResultSource, count: number, server: ServerAnswer | null): string {
  const serverFailed = server !== null && "failed" in server;
  if (source === null) return status === "error" && serverFailed ? "Instant results are unavailable." : "Loading instant results…";
  return count === 0 ? "No instant matches." : "";
}
