import { MAX_QUERY_LENGTH } from "@/lib/search/limits";

/**
 * A plain search form to the results page, for pages where search is the way on (the results
 * page itself, the 404). Works without JavaScript; the header box is the instant one.
 */
export function SearchForm({ id, defaultValue, className }: { id: string; defaultValue?: string; className?: string }) {
  return (
    <form action="/search" role="search" className={`flex gap-2 ${className ?? ""}`}>
      <label htmlFor={id} className="sr-only">
        Search the help center
      </label>
      <input
        id={id}
        name="q"
        type="search"
        defaultValue={defaultValue}
        maxLength={MAX_QUERY_LENGTH}
        placeholder="Error code, message or what you see"
        className="min-w-0 flex-1 rounded-md border border-slate-400 bg-white px-3 py-2 dark:border-slate-600 dark:bg-slate-900"
      />
      <button type="submit" className="rounded-md bg-blue-700 px-4 py-2 font-medium text-white hover:bg-blue-800">
        Search
      </button>
    </form>
  );
}
