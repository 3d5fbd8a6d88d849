import "server-only";
import { retentionDays } from "./config";
import { rollUp } from "./rollup";
import { withStore } from "./shared-store";

/**
 * The server keeps aggregates fresh and raw events within retention by itself: the first event
 * after start, and then at most every few minutes, runs the rollup after its response is sent
 * (Next's `after`). `npm run db:maintain` does the same from a scheduler, for a store no server
 * writes to. Several instances on one PostgreSQL server take turns through the rollup's lock.
 */
const EVERY_MS = 5 * 60_000;
const KEY = Symbol.for("help-center.events-maintenance");

export async function maintainIfDue(): Promise<void> {
  const holder = globalThis as { [KEY]?: number };
  const now = Date.now();
  if ((holder[KEY] ?? 0) > now - EVERY_MS) return;
  holder[KEY] = now;
  try {
    await withStore((store) => rollUp(store.db, { retentionDays: retentionDays() }));
  } catch {
    // Logged by withStore; the next event after the interval tries again.
  }
}
