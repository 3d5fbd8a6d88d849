import Link from "next/link";
import type { ErrorEntry } from "@/lib/content/error-entries";

/** The catalogue as a table: each code, what it means in one line, and where to go. */
export function ErrorCodeTable({ caption, entries }: { caption: string; entries: ErrorEntry[] }) {
  return (
    <div className="table-scroll overflow-x-auto" tabIndex={0} role="region" aria-label={caption}>
      <table className="w-full border-collapse text-left text-sm">
        <caption className="mb-2 text-left text-xl font-semibold">{caption}</caption>
        <thead>
          <tr className="border-b border-slate-300 dark:border-slate-700">
            <th scope="col" className="py-2 pr-4">Code</th>
            <th scope="col" className="py-2 pr-4">What it means</th>
            <th scope="col" className="py-2">Where to go</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.code} className="border-b border-slate-200 align-top dark:border-slate-800">
              <th scope="row" className="py-2 pr-4 font-normal whitespace-nowrap">
                <Link prefetch={false} href={entry.url} className="font-mono font-semibold">
                  {entry.code}
                </Link>
                <span className="block text-slate-600 dark:text-slate-400">
                  {entry.name}
                  {entry.status ? ` · HTTP ${entry.status}` : ""}
                </span>
              </th>
              <td className="py-2 pr-4">{entry.meaning}</td>
              <td className="py-2">
                <ul className="space-y-1">
                  {entry.fixes.map((fix) => (
                    <li key={fix.article.slug}>
                      <Link prefetch={false} href={fix.url}>{fix.step ? `${fix.article.title} › ${fix.step.title}` : fix.article.title}</Link>
                    </li>
                  ))}
                </ul>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
