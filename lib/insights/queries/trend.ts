import { sql } from "drizzle-orm";
import type { EventsDb } from "@/lib/events/store";
import { rows, share } from "../rows";
import type { InsightsWindow } from "../window";

export interface TrendDay {
  day: string;
  views: number;
  votes: number;
  helpful: number;
  /** helpful / votes that day, or null without votes. */
  helpfulRate: number | null;
  searches: number;
  zeroResults: number;
  /** zero-result searches / searches that day, or null without searches. */
  zeroResultRate: number | null;
  /** "Still stuck?" opened. */
  escalations: number;
}

/** One row per day of the window, oldest first, days without events included as zeros. */
export async function trend(db: EventsDb, window: InsightsWindow): Promise<TrendDay[]> {
  const found = await rows<{ day: string; views: number; helpful: number; not_helpful: number; stuck: number; searches: number; zero_results: number }>(
    db,
    sql`select days.day::date::text as day, coalesce(a.views, 0)::int as views, coalesce(a.helpful, 0)::int as helpful,
          coalesce(a.not_helpful, 0)::int as not_helpful, coalesce(a.stuck, 0)::int as stuck,
          coalesce(t.searches, 0)::int as searches, coalesce(t.zero_results, 0)::int as zero_results
        from generate_series(${window.since}::date, ${window.through}::date, interval '1 day') as days(day)
        left join (
          select day, sum(views) as views, sum(helpful) as helpful, sum(not_helpful) as not_helpful, sum(stuck) as stuck
          from daily_articles where day >= ${window.since} and day <= ${window.through} group by day
        ) as a on a.day = days.day::date
        left join daily_totals as t on t.day = days.day::date
        order by days.day`,
  );
  return found.map((row) => {
    const votes = row.helpful + row.not_helpful;
    return {
      day: row.day.slice(0, 10),
      views: row.views,
      votes,
      helpful: row.helpful,
      helpfulRate: share(row.helpful, votes),
      searches: row.searches,
      zeroResults: row.zero_results,
      zeroResultRate: share(row.zero_results, row.searches),
      escalations: row.stuck,
    };
  });
}
