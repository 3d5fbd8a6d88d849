"use client";

import { useRouter } from "next/navigation";
import { useId, useMemo, useRef, useState, type KeyboardEvent, type MouseEvent } from "react";
import { searchPath } from "@/lib/routes";
import { record } from "./event-recorder";
import { SearchOption } from "./search-option";
import { useSearchEngine } from "./use-search-engine";
import { useServerResults } from "./use-server-results";
import { instantStatus, useShownResults } from "./use-shown-results";

const SUGGESTIONS = 7;

const searchUrl = (query: string) => searchPath(query.trim());
/**
 * The header search: a WAI-ARIA combobox over instant results. Without JavaScript it is a plain
 * GET form to /search. Focus stays in the input; arrow keys move `aria-activedescendant`. The `/`
 * and Ctrl/Cmd+K shortcuts live in the head script, so they work before hydration.
 */
export function SearchBox({ indexUrl }: { indexUrl: string }) {
  const [query, setQuery] = useState("");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const input = useRef<HTMLInputElement>(null);
  const { engine, highlighter, status, load } = useSearchEngine(indexUrl);
  const router = useRouter();
  const id = useId();

  // Searching is synchronous and well under a millisecond, so results render in the keystroke's frame.
  const local = useMemo(() => (engine && query.trim() ? engine.searcher.search(query, SUGGESTIONS) : null), [engine, query]);
  // Until the index is ready: the server's answer (the last one, until the next arrives).
  const server = useServerResults(query, !engine && status !== "idle", SUGGESTIONS);
  const { results, shown, source } = useShownResults(local, server, highlighter);
  const options = query.trim() ? [...results.map((result) => result.url), searchUrl(query)] : [];
  const expanded = open && query.trim() !== "";

  // A search is recorded once it has settled, never per keystroke: when a result is opened, or
  // when the box is left with a query in it. Enter and "See all" lead to /search, which records it.
  const lastRecorded = useRef("");
  const recordSearch = (opened?: { article: string; position: number }) => {
    const settled = query.trim();
    if (!settled || source === null || (!opened && lastRecorded.current === settled)) return;
    lastRecorded.current = settled;
    record({ type: "search", source: "header", query: settled, results: results.length, ...(opened ? { opened } : {}) });
  };
  const openResult = (index: number) => {
    if (index >= options.length) return;
    const result = results[index];
    if (!result) return go(options[index]!);
    recordSearch({ article: result.slug, position: index + 1 });
    go(result.url);
  };

  const go = (url: string) => {
    // Leaving the box this way is not "left after a pause": the result or /search records it.
    lastRecorded.current = query.trim();
    setOpen(false);
    setActive(-1);
    input.current?.blur();
    router.push(url);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      if (options.length === 0) return;
      event.preventDefault();
      setOpen(true);
      const step = event.key === "ArrowDown" ? 1 : -1;
      // Positions cycle through the options and back to the input itself (-1).
      const positions = options.length + 1;
      setActive((current) => ((current + 1 + step + positions) % positions) - 1);
    } else if (event.key === "Escape") {
      if (expanded) {
        setOpen(false);
        setActive(-1);
      } else {
        setQuery("");
      }
    } else if (event.key === "Enter" && expanded && active >= 0 && options[active]) {
      event.preventDefault();
      openResult(active);
    }
  };

  return (
    <form
      action="/search"
      role="search"
      className="relative min-w-0 flex-1 max-sm:focus-within:fixed max-sm:focus-within:inset-x-0 max-sm:focus-within:top-0 max-sm:focus-within:z-40 max-sm:focus-within:bg-white max-sm:focus-within:p-3 sm:max-w-md dark:max-sm:focus-within:bg-slate-950"
      onSubmit={(event) => {
        event.preventDefault();
        if (query.trim()) go(searchUrl(query));
      }}
      onBlur={(event) => {
        if (event.currentTarget.contains(event.relatedTarget)) return;
        setOpen(false);
        recordSearch();
      }}
    >
      <label htmlFor={`${id}-input`} className="sr-only">
        Search the help center
      </label>
      <input
        ref={input}
        id={`${id}-input`}
        name="q"
        type="search"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        maxLength={200}
        placeholder="Search: error, code or symptom"
        aria-keyshortcuts="/ Control+K Meta+K"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={`${id}-listbox`}
        aria-activedescendant={expanded && active >= 0 ? `${id}-option-${active}` : undefined}
        value={query}
        // A finger on the box starts the download: on a phone the focus follows only when the finger
        // lifts, typically a tenth of a second later.
        onPointerDown={load}
        onFocus={() => {
          load();
          setOpen(true);
        }}
        onChange={(event) => {
          // Focus may have come before hydration (the `/` shortcut is handled by the head script).
          load();
          setQuery(event.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onKeyDown={onKeyDown}
        className="h-10 w-full rounded-md border border-slate-400 bg-white px-3 text-base text-slate-900 placeholder:text-slate-600 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100 dark:placeholder:text-slate-400"
      />
      <ul
        id={`${id}-listbox`}
        role="listbox"
        aria-label="Search suggestions"
        hidden={!expanded}
        data-source={source ?? undefined}
        // Keep focus in the input (the combobox), so the click still lands after the blur handler runs.
        onMouseDown={(event) => event.preventDefault()}
        onClick={(event) => chooseClicked(event, openResult)}
        className="absolute inset-x-0 top-full z-40 mt-1 max-h-[70vh] overflow-y-auto rounded-md border border-slate-300 bg-white py-1 shadow-lg max-sm:mx-3 dark:border-slate-700 dark:bg-slate-900"
      >
        {shown.map((result, index) => (
          <SearchOption key={result.url} id={`${id}-option-${index}`} index={index} result={result} active={index === active} />
        ))}
        {expanded && (
          <li
            id={`${id}-option-${results.length}`}
            role="option"
            aria-selected={active === results.length}
            data-index={results.length}
            className={`cursor-pointer px-3 py-2 text-sm font-medium text-blue-700 dark:text-sky-300 ${active === results.length ? "bg-slate-100 dark:bg-slate-800" : ""}`}
          >
            {instantStatus(status, source, results.length, server)} See all results for “{query.trim()}”
          </li>
        )}
      </ul>
      <p role="status" className="sr-only">
        {expanded && source ? `${results.length} suggestion${results.length === 1 ? "" : "s"}` : ""}
      </p>
    </form>
  );
}

/** The option under a click in the listbox, by its `data-index`. */
function chooseClicked(event: MouseEvent<HTMLUListElement>, choose: (index: number) => void) {
  const option = (event.target as Element).closest<HTMLElement>("[data-index]");
  if (option) choose(Number(option.dataset.index));
}
