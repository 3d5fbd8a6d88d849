"use client";

import Link from "next/link";
import { useEffect, useId, useRef, useState } from "react";
import { searchPath } from "@/lib/routes";

/**
 * Filter-as-you-type over a server-rendered table: rows carry their searchable text in
 * `data-filter`, and rows that do not match every typed word are hidden. Rendered on the server
 * and kept in its place (`js-only`: hidden, not removed, without JavaScript), so the table does not
 * jump down when the page hydrates (that shift cost the catalogue its Lighthouse CLS score); without
 * JavaScript the whole table is simply shown. On one page of a catalogue spread over several (`siteTotal` is the
 * whole count), it filters that page and offers search over every article for the same words.
 */
export function CatalogueFilter({ tableId, total, siteTotal }: { tableId: string; total: number; siteTotal?: number }) {
  const [shown, setShown] = useState(total);
  const [query, setQuery] = useState("");
  const id = useId();
  const input = useRef<HTMLInputElement>(null);

  const filter = (typed: string) => {
    setQuery(typed);
    const words = typed.toLowerCase().split(/\s+/).filter(Boolean);
    let count = 0;
    document.querySelectorAll<HTMLTableRowElement>(`#${tableId} tbody tr`).forEach((row) => {
      const text = row.dataset.filter ?? "";
      const match = words.every((word) => text.includes(word));
      row.hidden = !match;
      if (match) count += 1;
    });
    setShown(count);
  };

  // The box shows from the first paint, before React listens: words typed (or restored by the
  // browser on Back) before hydration are in the box with no change event to come, so apply them now.
  useEffect(() => {
    if (input.current?.value) filter(input.current.value);
    // Once, at hydration: later typing arrives through onChange.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  return (
    <div className="js-only mt-6 max-w-md">
      <label htmlFor={`${id}-filter`} className="font-medium">
        Filter articles
      </label>
      <input
        ref={input}
        id={`${id}-filter`}
        type="search"
        placeholder="Title, symptom or error code"
        onChange={(event) => filter(event.target.value)}
        className="mt-1 block h-10 w-full rounded-md border border-slate-400 bg-white px-3 dark:border-slate-600 dark:bg-slate-900"
      />
      <p role="status" className="mt-1 text-sm text-slate-600 dark:text-slate-400">
        {shown === total ? `${total} articles` : `${shown} of ${total} articles`}
        {siteTotal !== undefined && " on this page"}
      </p>
      {siteTotal !== undefined && query.trim() && (
        <p className="mt-1 text-sm">
          <Link prefetch={false} href={searchPath(query.trim())}>
            Search all {siteTotal.toLocaleString("en")} articles for “{query.trim()}”
          </Link>
        </p>
      )}
    </div>
  );
}
