import { sql } from "drizzle-orm";
import type { EventsDb } from "@/lib/events/store";
import type { InsightsCatalogue } from "../catalogue";
import { rows } from "../rows";
import type { InsightsWindow } from "../window";

/** Rows in each "what people can't find" table. */
export const TOP = 50;

export interface ZeroResultQuery {
  /** Normalized when stored: trimmed, whitespace collapsed, lowercased, redacted. */
  query: string;
  zeroResults: number;
  searches: number;
}

export interface UnopenedQuery {
  query: string;
  /** Searches that found something. */
  withResults: number;
}

export interface PastedCode {
  code: string;
  pastes: number;
}

const inWindow = (window: InsightsWindow) => sql`day >= ${window.since} and day <= ${window.through}`;

/** The queries that found nothing most often. */
export async function zeroResultQueries(db: EventsDb, window: InsightsWindow): Promise<ZeroResultQuery[]> {
  const found = await rows<{ query: string; zero_results: number; searches: number }>(
    db,
    sql`select query, sum(zero_results)::int as zero_results, sum(searches)::int as searches from daily_queries
        where ${inWindow(window)} and zero_results > 0
        group by query order by 2 desc, 1 limit ${TOP}`,
  );
  return found.map((row) => ({ query: row.query, zeroResults: row.zero_results, searches: row.searches }));
}

/** The queries that found something, where nobody opened a result, most searched first. */
export async function unopenedQueries(db: EventsDb, window: InsightsWindow): Promise<UnopenedQuery[]> {
  const found = await rows<{ query: string; with_results: number }>(
    db,
    sql`select query, sum(searches - zero_results)::int as with_results from daily_queries
        where ${inWindow(window)}
        group by query having sum(opened) = 0 and sum(searches - zero_results) > 0
        order by 2 desc, 1 limit ${TOP}`,
  );
  return found.map((row) => ({ query: row.query, withResults: row.with_results }));
}

/** Codes and statuses found in pastes that no article declares: the articles to write next. */
export async function undeclaredPastedCodes(db: EventsDb, window: InsightsWindow, catalogue: InsightsCatalogue): Promise<PastedCode[]> {
  const declared = [...catalogue.declaredCodes];
  const notDeclared = declared.length > 0 ? sql`and code not in (${sql.join(declared.map((code) => sql`${code}`), sql`, `)})` : sql``;
  return rows<PastedCode>(
    db,
    sql`select code, sum(pastes)::int as pastes from daily_paste_codes
        where ${inWindow(window)} ${notDeclared}
        group by code order by 2 desc, 1 limit ${TOP}`,
  );
}
