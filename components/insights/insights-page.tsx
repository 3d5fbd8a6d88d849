import { requireStaffPage } from "@/lib/auth/guard";
import { StoreUnavailableError } from "@/lib/events/shared-store";
import { readTables } from "@/lib/insights/read";
import { SECTIONS, type SectionId } from "@/lib/insights/sections";
import { trendTable } from "@/lib/insights/tables";
import { trendSeries } from "@/lib/insights/trend-series";
import { DEFAULT_WINDOW, parseWindow } from "@/lib/insights/window";
import { InsightsNav } from "./insights-nav";
import { InsightsTable } from "./insights-table";
import { TrendChart } from "./trend-chart";
import type { TrendDay } from "@/lib/insights/queries/trend";

/**
 * Every insights page: the session is checked before anything else runs (a 404 while insights
 * are off, the sign-in page without a session), then the section's tables are read for the
 * chosen period. Pictures first, tables under them; a calm word when the store is empty or down.
 */
export async function InsightsPage({ section, searchParams }: { section: SectionId; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { path, title, question, tables } = SECTIONS[section];
  const params = await searchParams;
  await requireStaffPage(params.days ? `${path}?days=${String(params.days)}` : path);
  const window = parseWindow(params.days) ?? parseWindow(String(DEFAULT_WINDOW))!;
  let rows: unknown[][] | null = null;
  try {
    rows = await readTables(tables, window);
  } catch (error) {
    if (!(error instanceof StoreUnavailableError)) throw error;
  }
  return (
    <div>
      <p className="text-sm font-semibold tracking-wide text-slate-700 uppercase dark:text-slate-300">Insights · last {window.days} days</p>
      <h1 className="mt-1 text-3xl font-bold tracking-tight">{title}</h1>
      <p className="mt-2 mb-6 text-slate-700 dark:text-slate-300">{question}</p>
      <InsightsNav current={section} days={window.days} />
      {rows === null ? (
        <p role="status" className="rounded-lg border border-amber-600 p-4">
          The event store is not reachable right now, so there is nothing to show. Visitors’ pages are not affected; try again in a minute.
        </p>
      ) : (
        <>
          {tables.includes(trendTable) && <Charts days={rows[tables.indexOf(trendTable)] as TrendDay[]} windowDays={window.days} />}
          {tables.map((table, index) =>
            // A quiet period's day table would be rows of zeros under the word that nothing happened.
            table === trendTable && isQuiet(rows[index] as TrendDay[]) ? null : <InsightsTable key={table.name} table={table} rows={rows[index]!} window={window} />,
          )}
        </>
      )}
    </div>
  );
}

const isQuiet = (days: TrendDay[]) => days.every((day) => day.views === 0 && day.searches === 0 && day.votes === 0 && day.escalations === 0);

function Charts({ days, windowDays }: { days: TrendDay[]; windowDays: number }) {
  if (isQuiet(days)) {
    return (
      <p className="rounded-lg border border-dashed border-slate-300 p-6 text-slate-700 dark:border-slate-700 dark:text-slate-300">
        Nothing recorded in the last {windowDays} days yet. As visitors read articles, vote, mark solution steps, search and paste errors, their anonymous
        signals appear here: each page brings the figures up to date when it opens, so the first visits show within a minute.
      </p>
    );
  }
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      {trendSeries(days).map((series) => (
        <TrendChart key={series.id} series={series} />
      ))}
    </div>
  );
}
