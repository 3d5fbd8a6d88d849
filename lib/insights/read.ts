import "server-only";
import { retentionDays } from "@/lib/events/config";
import { withStore } from "@/lib/events/shared-store";
import { loadCatalogue } from "./catalogue";
import { catchUp } from "./freshness";
import type { InsightsTable } from "./tables";
import type { InsightsWindow } from "./window";

/**
 * Reads insights tables for one request: the aggregates are first brought up to date (see
 * freshness.ts), then every table asked for is read. Rejects with StoreUnavailableError when the
 * store is down, for the page or route to answer calmly.
 */
export async function readTables<const Tables extends readonly InsightsTable<unknown>[]>(
  tables: Tables,
  window: InsightsWindow,
): Promise<{ [K in keyof Tables]: Tables[K] extends InsightsTable<infer Row> ? Row[] : never }> {
  const catalogue = await loadCatalogue();
  return withStore(async ({ db }) => {
    await catchUp(db, retentionDays());
    return Promise.all(tables.map((table) => table.load(db, window, catalogue)));
  }) as never;
}
