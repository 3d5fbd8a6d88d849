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
  // max() of an indexed column is one index probe whatever the planner's statistics (PGlite never
  // gathers any by itself); `exists (… where at > x)` turned into a full scan without them.
  const [state] = await rows<{ behind: boolean }>(
    db,
    sql`select coalesce(greatest(
          (select max(at) from page_events), (select max(at) from searches), (select max(at) from pastes),
          (select max(updated_at) from votes), (select max(updated_at) from step_outcomes)
        ) > (select ran_at from rollup_state where id = 1), true) as behind`,
  );
  if (!state?.behind) return false;
  return (await rollUp(db, { retentionDays })) !== null;
}
