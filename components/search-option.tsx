import { memo } from "react";
import type { Segment } from "@/lib/search/highlight";
import { Highlighted } from "./highlighted";

/** An instant result as the listbox shows it: its texts already split into marked and plain segments. */
export interface ShownResult {
  url: string;
  title: Segment[];
  section: Segment[] | null;
  summary: Segment[];
}

interface SearchOptionProps {
  id: string;
  index: number;
  result: ShownResult;
  active: boolean;
}

const sameSegments = (a: readonly Segment[] | null, b: readonly Segment[] | null) =>
  a === b || (a !== null && b !== null && a.length === b.length && a.every((segment, i) => segment.text === b[i]!.text && segment.match === b[i]!.match));

/**
 * Typing a letter mostly keeps the same articles with the same words marked (the highlight words
 * change, "li" to "lim", but "limit" is marked either way); such an option is not rendered again.
 * Results are new objects on every search, so they are compared by what the option shows.
 */
function unchanged(before: SearchOptionProps, after: SearchOptionProps): boolean {
  return (
    before.id === after.id &&
    before.index === after.index &&
    before.active === after.active &&
    before.result.url === after.result.url &&
    sameSegments(before.result.title, after.result.title) &&
    sameSegments(before.result.section, after.result.section) &&
    sameSegments(before.result.summary, after.result.summary)
  );
}

/** One instant result in the header combobox's listbox; clicks are handled by the listbox (`data-index`). */
export const SearchOption = memo(function SearchOption({ id, index, result, active }: SearchOptionProps) {
  return (
    <li
      id={id}
      role="option"
      aria-selected={active}
      data-index={index}
      className={`cursor-pointer px-3 py-2 ${active ? "bg-slate-100 dark:bg-slate-800" : "hover:bg-slate-50 dark:hover:bg-slate-800/60"}`}
    >
      <span className="block font-medium text-slate-900 dark:text-slate-100">
        <Highlighted segments={result.title} />
      </span>
      {result.section && (
        <span className="block text-sm text-slate-700 dark:text-slate-300">
          › <Highlighted segments={result.section} />
        </span>
      )}
      <span className="line-clamp-2 block text-sm text-slate-600 dark:text-slate-400">
        <Highlighted segments={result.summary} />
      </span>
    </li>
  );
}, unchanged);
