import { memo } from "react";
import type { Segment } from "@/lib/search/highlight";
import { Highlighted } from "./highlighted";

export interface OptionResult {
  url: string;
  title: string;
  summary: string;
  section: string | null;
}

interface SearchOptionProps {
  id: string;
  index: number;
  result: OptionResult;
  highlights: readonly string[];
  active: boolean;
  highlight: (text: string, words: readonly string[]) => Segment[];
}

const sameWords = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((word, i) => word === b[i]);

/**
 * Typing a letter mostly keeps the same articles with the same highlight words; such an option is
 * not rendered (nor highlighted) again. The result objects are new on every search, so they are
 * compared by what the option shows. Clicks are handled by the listbox (see `data-index`).
 */
function unchanged(before: SearchOptionProps, after: SearchOptionProps): boolean {
  return (
    before.id === after.id &&
    before.index === after.index &&
    before.active === after.active &&
    before.highlight === after.highlight &&
    before.result.url === after.result.url &&
    before.result.title === after.result.title &&
    before.result.summary === after.result.summary &&
    before.result.section === after.result.section &&
    sameWords(before.highlights, after.highlights)
  );
}

/** One instant result in the header combobox's listbox. */
export const SearchOption = memo(function SearchOption({ id, index, result, highlights, active, highlight }: SearchOptionProps) {
  return (
    <li
      id={id}
      role="option"
      aria-selected={active}
      data-index={index}
      className={`cursor-pointer px-3 py-2 ${active ? "bg-slate-100 dark:bg-slate-800" : "hover:bg-slate-50 dark:hover:bg-slate-800/60"}`}
    >
      <span className="block font-medium text-slate-900 dark:text-slate-100">
        <Highlighted segments={highlight(result.title, highlights)} />
      </span>
      {result.section && (
        <span className="block text-sm text-slate-700 dark:text-slate-300">
          › <Highlighted segments={highlight(result.section, highlights)} />
        </span>
      )}
      <span className="line-clamp-2 block text-sm text-slate-600 dark:text-slate-400">
        <Highlighted segments={highlight(result.summary, highlights)} />
      </span>
    </li>
  );
}, unchanged);
