import Link from "next/link";
import { getSearchIndexUrl } from "@/lib/search/server";
import { site } from "@/lib/site";
import { SearchBox } from "./search-box";
import { ThemeToggle } from "./theme-toggle";

/** Server-rendered header; only the theme toggle is a client leaf. */
export async function SiteHeader() {
  return (
    <header className="no-print sticky top-0 z-30 border-b border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-950">
      <div className="mx-auto flex h-16 max-w-6xl items-center gap-3 px-4">
        <Link prefetch={false} href="/" className="flex shrink-0 items-center gap-2 font-semibold text-slate-900 no-underline dark:text-slate-100">
          {/* eslint-disable-next-line @next/next/no-img-element -- a 28 px SVG needs no image optimizer */}
          <img src="/icon.svg" alt="" width={28} height={28} />
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
