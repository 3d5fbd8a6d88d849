import Link from "next/link";
import { getSearchIndexUrl } from "@/lib/search/server";
import { site } from "@/lib/site";
import { SearchBox } from "./search-box";
import { ThemeToggle } from "./theme-toggle";

/**
 * The site's mark (app/icon.svg, the favicon) drawn in place: as an <img> it was one more request on
 * every page, which React also preloads ahead of the stylesheet, the page's one render-blocking file.
 */
function SiteMark() {
  return (
    <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32" width={28} height={28} aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="7" fill="#1d4ed8" />
      <path d="M16 7a7 7 0 0 0-7 7h3.5a3.5 3.5 0 1 1 5.2 3.06c-1.6.9-3.2 2.2-3.2 4.44V23h3.5v-1.2c0-.9.6-1.4 1.5-1.95A7 7 0 0 0 16 7Zm-1.75 18h3.5v3h-3.5z" fill="#fff" />
    </svg>
  );
}

/** Server-rendered header; only the theme toggle is a client leaf. */
export async function SiteHeader() {
  return (
    <header className="no-print sticky top-0 z-30 border-b border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-950">
      <div className="mx-auto flex h-16 max-w-6xl items-center gap-3 px-4">
        <Link prefetch={false} href="/" className="flex shrink-0 items-center gap-2 font-semibold text-slate-900 no-underline dark:text-slate-100">
          <SiteMark />
          <span className="hidden md:inline">{site.name}</span>
          <span className="sr-only md:hidden">{site.name}</span>
        </Link>
        <SearchBox indexUrl={await getSearchIndexUrl()} />
        <nav aria-label="Main" className="flex items-center gap-1 text-sm">
          <Link prefetch={false} href="/#categories" className="hidden rounded-md px-3 py-2 text-slate-700 no-underline hover:bg-slate-100 sm:inline-block dark:text-slate-200 dark:hover:bg-slate-800">
            Categories
          </Link>
          <Link prefetch={false} href="/articles/getting-help" className="rounded-md px-3 py-2 whitespace-nowrap text-slate-700 no-underline hover:bg-slate-100 dark:text-slate-200 dark:hover:bg-slate-800">
            Get help
          </Link>
        </nav>
        <ThemeToggle />
      </div>
    </header>
  );
}
