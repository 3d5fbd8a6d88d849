import Link from "next/link";
import { SECTIONS, type SectionId } from "@/lib/insights/sections";
import { WINDOWS, type WindowDays } from "@/lib/insights/window";

const pill = "rounded-md px-3 py-1.5 text-sm no-underline aria-[current=page]:bg-blue-700 aria-[current=page]:text-white dark:aria-[current=page]:bg-sky-300 dark:aria-[current=page]:text-slate-950";

/** Insights' own navigation: the four pages, the 7 / 30 / 90-day views (links, so each view has a URL), sign out. */
export function InsightsNav({ current, days }: { current: SectionId; days: WindowDays }) {
  const section = SECTIONS[current];
  return (
    <div className="mb-8 flex flex-col gap-4 border-b border-slate-200 pb-4 dark:border-slate-800">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <nav aria-label="Insights">
          <ul className="flex flex-wrap gap-1">
            {Object.entries(SECTIONS).map(([id, { path, title }]) => (
              <li key={id}>
                <Link prefetch={false} className={pill} href={`${path}?days=${days}`} aria-current={id === current ? "page" : undefined}>
                  {title}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <form method="post" action="/insights/sign-out">
          <button type="submit" className="rounded-md border border-slate-400 px-3 py-1.5 text-sm hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800">
            Sign out
          </button>
        </form>
      </div>
      <nav aria-label="Period">
        <ul className="flex flex-wrap items-center gap-1">
          <li className="mr-1 text-sm text-slate-700 dark:text-slate-300">Last</li>
          {WINDOWS.map((window) => (
            <li key={window}>
              <Link prefetch={false} className={pill} href={`${section.path}?days=${window}`} aria-current={window === days ? "page" : undefined}>
                {window} days
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </div>
  );
}
