/**
 * `npm run db:maintain`: rolls raw events up into the daily aggregates and deletes raw events older
 * than HELP_RETENTION_DAYS (default 180). The server does this by itself every few minutes while
 * events arrive; schedule this (daily) for a PostgreSQL store that may go quiet.
 */
import { retentionDays } from "../events/config";
import { rollUp } from "../events/rollup";
import { openStore } from "../events/store";

const store = await openStore();
try {
  const result = await rollUp(store.db, { retentionDays: retentionDays() });
  console.log(
    result
      ? `Rolled up ${result.from} … ${result.through}; deleted ${result.pruned} raw event${result.pruned === 1 ? "" : "s"} older than ${retentionDays()} days.`
      : "Another process is rolling up right now; nothing done.",
  );
} finally {
  await store.close();
}
