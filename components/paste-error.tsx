"use client";

import Link from "next/link";
import { useEffect, useId, useMemo, useState } from "react";
import type { PasteSuggestion } from "@/lib/paste/read-paste";
import { loadPasteReader, type PasteReader } from "./paste-loader";
import { pasteSignal } from "./paste-signal";
import { PasteIncident } from "./paste-incident";
import { rememberPastedError } from "./session-context";
import { recordWhenSettled } from "./settled-signal";
import { useHydrated } from "./use-hydrated";
import { useSearchEngine } from "./use-search-engine";

/**
 * "Paste your error": recognizes statuses, codes, headers and request ids in whatever the user
 * pastes and points to the article and step that fix it. Runs entirely in the browser: the page
 * carries only the catalogue's URL, and the recognizer and catalogue load on first focus.
 */
export function PasteError({ catalogueUrl, indexUrl }: { catalogueUrl: string; indexUrl: string }) {
  const [text, setText] = useState("");
  const [reader, setReader] = useState<PasteReader | null>(null);
  const [failed, setFailed] = useState(false);
  const { engine, load: loadSearch } = useSearchEngine(indexUrl);
  const hydrated = useHydrated();
  const id = useId();

  const analysis = useMemo(() => (reader && text.trim() ? reader.readPaste(text, reader.catalogue) : null), [reader, text]);

  // Nothing recognized: the words themselves are the best clue left, so search for them.
  const searched = useMemo((): PasteSuggestion[] => {
    if (!engine || !analysis || analysis.suggestions.length > 0) return [];
    return engine.searcher.search(analysis.searchText, 3).map((result) => ({
      slug: result.slug,
      title: result.title,
      url: result.url,
      step: result.section ?? undefined,
      reason: "Matches the words of your error",
    }));
  }, [engine, analysis]);

  const start = () => {
    if (!reader) {
      loadPasteReader(catalogueUrl).then(
        (loaded) => {
          setReader(loaded);
          setFailed(false);
        },
        () => setFailed(true),
      );
    }
    loadSearch();
  };
  // Whether pastes are recognized, and what they hold: recorded once the box has settled.
  useEffect(() => {
    if (analysis) recordWhenSettled("paste:home", pasteSignal("home", analysis));
  }, [analysis]);
  const suggestions = analysis ? (analysis.suggestions.length > 0 ? analysis.suggestions : searched) : [];
  const remember = () => {
    if (analysis) rememberPastedError(analysis.pasted);
  };

  return (
    <div className="mt-3">
      <label htmlFor={`${id}-text`} className="font-medium">
        Paste an error message, response, log line or stack trace
      </label>
      <p id={`${id}-privacy`} className="mt-1 text-sm text-slate-600 dark:text-slate-400">
        {hydrated
          ? "Nothing you paste leaves your browser: it is read right here on this page, and API keys in it are masked."
          : "Reading a pasted error needs JavaScript. Without it, pick your error code or symptom below."}
      </p>
      <textarea
        id={`${id}-text`}
        aria-describedby={`${id}-privacy`}
        rows={5}
        spellCheck={false}
        disabled={!hydrated}
        value={text}
        onFocus={start}
        onChange={(event) => {
          start();
          setText(event.target.value);
        }}
        placeholder={'HTTP/1.1 429 Too Many Requests\nRetry-After: 20\n{"error": {"code": "rate_limit_exceeded", "request_id": "req_…"}}'}
        className="mt-2 block w-full rounded-md border border-slate-400 bg-white p-3 font-mono text-sm disabled:opacity-60 dark:border-slate-600 dark:bg-slate-900"
      />
      <div aria-live="polite" className="mt-3">
        {failed && !reader && text.trim() && (
          <p className="text-sm">We couldn’t load what reads your error. Check your connection, then click in the box again.</p>
        )}
        {analysis && (
          <>
            <p className="text-sm font-medium">{analysis.labels.length > 0 ? "We recognized:" : "We didn't recognize a status or error code."}</p>
            {analysis.labels.length > 0 && (
              <ul className="mt-1 flex flex-wrap gap-2" aria-label="Recognized in your error">
                {analysis.labels.map((label) => (
                  <li key={label} className="rounded-full bg-slate-100 px-3 py-1 text-sm dark:bg-slate-800">
                    {label}
                  </li>
                ))}
              </ul>
            )}
            <PasteIncident codes={[...analysis.statuses, ...analysis.codes]} />
            {suggestions.length > 0 && (
              <ol className="mt-3 space-y-2" aria-label="Articles for your error">
                {suggestions.map((suggestion, index) => (
                  <li key={suggestion.slug} className="rounded-lg border border-slate-200 p-3 dark:border-slate-800">
                    <Link prefetch={false} href={suggestion.url} onClick={remember} className="font-semibold">
                      {index === 0 ? "Best match: " : ""}
                      {suggestion.title}
                      {suggestion.step ? ` › ${suggestion.step}` : ""}
                    </Link>
                    <p className="text-sm text-slate-600 dark:text-slate-400">{suggestion.reason}</p>
                  </li>
                ))}
              </ol>
            )}
          </>
        )}
      </div>
    </div>
  );
}
