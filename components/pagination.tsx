import Link from "next/link";
import { pageWindow, type ListingPage } from "@/lib/listings";
import { listingPagePath } from "@/lib/routes";

const box = "inline-flex h-11 min-w-11 items-center justify-center rounded-md border px-3 no-underline";
const idle = `${box} border-slate-300 hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800`;
const current = `${box} border-slate-900 bg-slate-900 font-semibold text-white dark:border-slate-100 dark:bg-slate-100 dark:text-slate-900`;

/**
 * Links to a listing's other pages: plain links (they work without JavaScript), in a navigation
 * landmark named for the listing, the current page marked with aria-current. Nothing when the
 * listing fits on one page.
 */
export function Pagination({ page, label }: { page: ListingPage<unknown>; label: string }) {
  if (page.pages <= 1) return null;
  const href = (n: number) => listingPagePath(page.path, n);
  return (
    <nav aria-label={`Pages of ${label}`} className="no-print mt-8">
      <ul className="flex flex-wrap items-center gap-2">
        {page.page > 1 && (
          <li>
            <Link prefetch={false} href={href(page.page - 1)} rel="prev" className={idle}>
              Previous
            </Link>
          </li>
        )}
        {pageWindow(page.page, page.pages).map((n, index) =>
          n === "gap" ? (
            <li key={`gap-${index}`} aria-hidden="true" className="px-1">
              …
            </li>
          ) : (
            <li key={n}>
              <Link prefetch={false} href={href(n)} aria-label={`Page ${n}`} aria-current={n === page.page ? "page" : undefined} className={n === page.page ? current : idle}>
                {n}
              </Link>
            </li>
          ),
        )}
        {page.page < page.pages && (
          <li>
            <Link prefetch={false} href={href(page.page + 1)} rel="next" className={idle}>
              Next
            </Link>
          </li>
        )}
      </ul>
    </nav>
  );
}

/** "Articles 26–50 of 1,014": where this page sits in the whole list (nothing on a single page). */
export function PageRange({ page, noun }: { page: ListingPage<unknown>; noun: string }) {
  if (page.pages <= 1) return null;
  const last = page.first + page.items.length - 1;
  const number = (n: number) => n.toLocaleString("en");
  return (
    <p className="mt-2 text-slate-600 dark:text-slate-400">
      {noun} {number(page.first)}–{number(last)} of {number(page.total)} · page {page.page} of {page.pages}
    </p>
  );
}
