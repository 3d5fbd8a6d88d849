"use client";

import { useCallback, useEffect, useState } from "react";
import type { highlightSegments, queryHighlights, Searcher, SerializedIndex } from "@/lib/search/client-engine";
import { CURRENT_SEARCH_INDEX_URL } from "@/lib/search/index-url";
import { stepsWhenIdle } from "./when-idle";

/** The highlighter: in the search chunk, which loads well before the index it comes with. */
export interface Highlighter {
  highlight: typeof highlightSegments;
  queryHighlights: typeof queryHighlights;
}

export interface SearchEngine {
  searcher: Searcher;
}

export type EngineStatus = "idle" | "loading" | "ready" | "error";

type EngineModule = typeof import("@/lib/search/client-engine");

let code: Promise<EngineModule> | null = null;
let loading: Promise<SearchEngine> | null = null;
const warmedUp = new WeakSet<Searcher>();

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

function loadCode(): Promise<EngineModule> {
  code ??= import("@/lib/search/client-engine");
  code.catch(() => {
    code = null;
  });
  return code;
}

/** One download per page view, shared by every caller; a failure may be retried on next focus. */
function loadEngine(indexUrl: string): Promise<SearchEngine> {
  loading ??= Promise.all([loadCode(), fetchIndex(indexUrl)]).then(([engine, index]) => ({ searcher: new engine.Searcher(index) }));
  loading.catch(() => {
    loading = null;
  });
  return loading;
}

/**
 * The searcher and its index, fetched on first use (focus or shortcut), never on page load:
 * the index and fuse.js stay out of every page's first-load JavaScript. The highlighter comes
 * first (the code is small, the index is not), for the server's results shown meanwhile.
 */
export function useSearchEngine(indexUrl: string) {
  const [engine, setEngine] = useState<SearchEngine | null>(null);
  const [highlighter, setHighlighter] = useState<Highlighter | null>(null);
  const [status, setStatus] = useState<EngineStatus>("idle");

  const load = useCallback(() => {
    if (engine || status === "loading") return;
    setStatus("loading");
    loadCode().then(
      (loaded) => setHighlighter({ highlight: loaded.highlightSegments, queryHighlights: loaded.queryHighlights }),
      () => undefined,
    );
    loadEngine(indexUrl).then(
      (loaded) => {
        setEngine(loaded);
        setStatus("ready");
      },
      () => setStatus("error"),
    );
  }, [engine, status, indexUrl]);

  // The first typo would build the typo filter's map inside a keystroke, and the first searches of
  // each kind would run cold code: both done while idle, once the first local results are on screen
  // (not between the index arriving and showing them).
  // Once per searcher, though the header box and the paste box both use it on the home page.
  useEffect(() => {
    if (!engine || warmedUp.has(engine.searcher)) return;
    const { searcher } = engine;
    warmedUp.add(searcher);
    stepsWhenIdle([() => searcher.warm(), ...searcher.warmUpQueries().map((query) => () => void searcher.search(query))]);
  }, [engine]);

  return { engine, highlighter, status, load };
}
