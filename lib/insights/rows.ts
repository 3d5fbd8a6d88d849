import type { SQL } from "drizzle-orm";
import type { EventsDb } from "@/lib/events/store";

/** Rows of a raw query, whichever driver ran it (both return `{ rows }`). */
export async function rows<T>(db: Pick<EventsDb, "execute">, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}

/** A share as a fraction, or null when there is nothing to divide by (shown as "—", never as 0 %). */
export const share = (part: number, whole: number): number | null => (whole > 0 ? part / whole : null);
