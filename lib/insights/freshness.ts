import { sql } from "drizzle-orm";
import { rollUp } from "@/lib/events/rollup";
import type { EventsDb } from "@/lib/events/store";
import { rows } from "./rows";

/**
 * Insights read the daily aggregates, which the rollup keeps (after events, at most every five
 * minutes). Staff expect what just happened to show, so before reading, insights roll up any raw
 * event newer than the last rollup: a few index probes when nothing is new (then no write at all),
 * a recompute of about two days of raw events when something is. A rollup another instance is
 * running already is not waited for.
 */
export async function catchUp(db: EventsDb, retentionDays: number): Promise<boolean> {
  const [state] = await rows<{ behind: boolean }>(
    db,
    sql`with last as (select ran_at from rollup_state where id = 1)
        select not exists (select 1 from last)
          or exists (select 1 from page_events where at > (select ran_at from last))
          or exists (select 1 from searches where at > (select ran_at from last))
          or exists (select 1 from pastes where at > (select ran_at from last))
          or exists (select 1 from votes where updated_at > (select ran_at from last))
          or exists (select 1 from step_outcomes where updated_at > (select ran_at from last)) as behind`,
  );
  if (!state?.behind) return false;
  return (await rollUp(db, { retentionDays })) !== null;
}
