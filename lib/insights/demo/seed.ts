import { sql } from "drizzle-orm";
import { rollUp } from "@/lib/events/rollup";
import { pageEvents, pastes, searches, stepOutcomes, votes } from "@/lib/events/schema";
import type { EventsDb } from "@/lib/events/store";
import { createRandom } from "@/lib/prng";
import type { InsightsCatalogue } from "../catalogue";
import { rows } from "../rows";
import { demoRows, type DemoRow } from "./rows";

const TABLES = { page_events: pageEvents, votes, step_outcomes: stepOutcomes, searches, pastes } as const;
// Rows per INSERT: well under PostgreSQL's 65,535 parameters for the widest table (8 columns).
const BATCH = 2_000;

export interface SeedOptions {
  events: number;
  seed: number;
  days: number;
  now?: Date;
  retentionDays: number;
  onProgress?(inserted: number): void;
}

/** True when the store holds no raw event: demo data is for a store of its own, never mixed with real signals. */
export async function isEmptyStore(db: EventsDb): Promise<boolean> {
  const [found] = await rows<{ any: boolean }>(
    db,
    sql`select exists (select 1 from page_events) or exists (select 1 from votes) or exists (select 1 from step_outcomes)
        or exists (select 1 from searches) or exists (select 1 from pastes) as any`,
  );
  return !found?.any;
}

/** Inserts `events` demo events (seeded, so repeatable) and rolls them up, as the server would have. */
export async function seedDemo(db: EventsDb, catalogue: InsightsCatalogue, options: SeedOptions): Promise<void> {
  const next = demoRows(createRandom(options.seed), catalogue, { now: options.now ?? new Date(), days: options.days });
  const pending = new Map<DemoRow["table"], DemoRow["row"][]>();
  const flush = async (table: DemoRow["table"]) => {
    const batch = pending.get(table);
    if (!batch?.length) return;
    pending.set(table, []);
    // Conflicts are the seeded uuids meeting again (never, in practice); skipping keeps the seed repeatable.
    await db.insert(TABLES[table]).values(batch as never).onConflictDoNothing();
  };
  for (let made = 0; made < options.events; made++) {
    const { table, row } = next();
    const batch = pending.get(table) ?? [];
    batch.push(row);
    pending.set(table, batch);
    if (batch.length >= BATCH) {
      await flush(table);
      options.onProgress?.(made + 1);
    }
  }
  for (const table of pending.keys()) await flush(table);
  options.onProgress?.(options.events);
  await rollUp(db, { now: options.now, retentionDays: options.retentionDays });
}
