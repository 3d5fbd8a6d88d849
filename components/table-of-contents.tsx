import type { RenderedHeading } from "@/lib/markdown/types";

/**
 * "On this page": plain anchor links, so it works before (and without) JavaScript.
 * Rendered twice on articles (sidebar, and a disclosure on narrow screens); only one shows a heading.
 */
export function TableOfContents({ headings, showHeading = true }: { headings: RenderedHeading[]; showHeading?: boolean }) {
  if (headings.length === 0) return null;
  return (
    <nav aria-label="On this page" className="text-sm">
      {showHeading && <p className="mb-2 font-semibold text-slate-900 dark:text-slate-100">On this page</p>}
      <ol className="space-y-1 border-l border-slate-200 dark:border-slate-800">
        {headings.map((heading) => (
          <li key={heading.id} className={heading.depth === 3 ? "pl-6" : "pl-3"}>
            <a
              href={`#${heading.id}`}
              className="block py-0.5 text-slate-700 no-underline hover:text-blue-700 hover:underline dark:text-slate-300 dark:hover:text-sky-300"
            >
              {heading.text}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
