"use client";

import { useCallback, useState } from "react";
import type { highlightSegments, Searcher, SerializedIndex } from "@/lib/search/client-engine";
import { CURRENT_SEARCH_INDEX_URL } from "@/lib/search/index-url";

export interface SearchEngine {
  searcher: Searcher;
  highlight: typeof highlightSegments;
}

export type EngineStatus = "idle" | "loading" | "ready" | "error";

let loading: Promise<SearchEngine> | null = null;

/**
 * The page's hashed index; when a deploy has replaced it since the page was built (404), the
 * current one at its fixed URL, so search keeps working on a page left open across a release.
 */
async function fetchIndex(indexUrl: string): Promise<SerializedIndex> {
  let response = await fetch(indexUrl);
  if (response.status === 404) response = await fetch(CURRENT_SEARCH_INDEX_URL);
  if (!response.ok) throw new Error(`search index: HTTP ${response.status}`);
  return response.json() as Promise<SerializedIndex>;
}

/** One download per page view, shared by every caller; a failure may be retried on next focus. */
function loadEngine(indexUrl: string): Promise<SearchEngine> {
  loading ??= Promise.all([import("@/lib/search/client-engine"), fetchIndex(indexUrl)]).then(([engine, index]) => ({ searcher: new engine.Searcher(index), highlight: engine.highlightSegments }));
  loading.catch(() => {
    loading = null;
  });
  return loading;
}

/**
 * The searcher and its index, fetched on first use (focus or shortcut), never on page load:
 * the index and fuse.js stay out of every page's first-load JavaScript.
 */
export function useSearchEngine(indexUrl: string) {
  const [engine, setEngine] = useState<SearchEngine | null>(null);
  const [status, setStatus] = useState<EngineStatus>("idle");

  const load = useCallback(() => {
    if (engine || status === "loading") return;
    setStatus("loading");
    loadEngine(indexUrl).then(
      (loaded) => {
        setEngine(loaded);
        setStatus("ready");
      },
      () => setStatus("error"),
    );
  }, [engine, status, indexUrl]);

  return { engine, status, load };
}
