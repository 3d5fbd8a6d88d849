import type { ErrorEntry } from "@/lib/content/error-entries";
import { LISTED_PER_ITEM } from "@/lib/listings";

const cell = "py-2 pr-4 max-md:block max-md:py-1 max-md:pr-0 max-md:before:block max-md:before:text-xs max-md:before:font-semibold max-md:before:content-[attr(data-label)]";

/**
 * The catalogue as a table: each code, what it means in one line, and where to go. On narrow
 * screens each row stacks into a card, so nothing scrolls sideways. A code many articles claim
 * lists its first few here; its own page lists them all.
 */
export function ErrorCodeTable({ caption, entries }: { caption: string; entries: ErrorEntry[] }) {
  return (
    <div>
      <table className="w-full border-collapse text-left text-sm max-md:block">
        <caption className="mb-2 text-left text-xl font-semibold max-md:block">{caption}</caption>
        <thead className="max-md:hidden">
          <tr className="border-b border-slate-300 dark:border-slate-700">
            <th scope="col" className="py-2 pr-4">Code</th>
            <th scope="col" className="py-2 pr-4">What it means</th>
            <th scope="col" className="py-2">Where to go</th>
          </tr>
        </thead>
        <tbody className="max-md:block">
          {entries.map((entry) => (
            <tr key={entry.code} className="border-b border-slate-200 align-top dark:border-slate-800 max-md:block max-md:py-2">
              <th scope="row" className="py-2 pr-4 text-left font-normal whitespace-nowrap max-md:block">
                <a href={entry.url} className="font-mono font-semibold">
                  {entry.code}
                </a>
                <span className="block text-slate-600 dark:text-slate-400">
                  {entry.name}
                  {entry.status ? ` · HTTP ${entry.status}` : ""}
                </span>
              </th>
              <td className={cell} data-label="What it means">
                {entry.meaning}
              </td>
              <td className={cell} data-label="Where to go">
                <ul className="space-y-1">
                  {entry.fixes.slice(0, LISTED_PER_ITEM).map((fix) => (
                    <li key={fix.article.slug}>
                      <a href={fix.url}>{fix.step ? `${fix.article.title} › ${fix.step.title}` : fix.article.title}</a>
                    </li>
                  ))}
                  {entry.fixes.length > LISTED_PER_ITEM && (
                    <li>
                      <a href={entry.url}>
                        And {entry.fixes.length - LISTED_PER_ITEM} more articles for {entry.code}
                      </a>
                    </li>
                  )}
                </ul>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
