/**
 * `npm run db:seed-demo [-- --events 1000000 --seed 12 --days 90]`: fills an empty event store with
 * demo events (seeded: the same arguments give the same data) and rolls them up, so insights can
 * be tried and measured. Uses the store the portal would (DATABASE_URL, or the embedded one while
 * the portal is stopped). Refuses a store that already holds events: demo data never mixes with
 * real signals.
 */
import { parseArgs } from "node:util";
import { retentionDays } from "../events/config";
import { openStore } from "../events/store";
import { loadCatalogue } from "../insights/catalogue";
import { isEmptyStore, seedDemo } from "../insights/demo/seed";

const { values } = parseArgs({ options: { events: { type: "string", default: "1000000" }, seed: { type: "string", default: "12" }, days: { type: "string", default: "90" } } });
const events = Number(values.events);
const seed = Number(values.seed);
const days = Number(values.days);
if (!Number.isInteger(events) || events < 1 || !Number.isInteger(seed) || !Number.isInteger(days) || days < 1 || days > 365) {
  console.error("usage: npm run db:seed-demo -- [--events N] [--seed N] [--days 1-365]");
  process.exit(2);
}

const store = await openStore();
try {
  if (!(await isEmptyStore(store.db))) {
    console.error(`The ${store.kind} event store already holds events; demo data goes into an empty store only (a fresh HELP_EVENTS_DIR or database).`);
    process.exit(1);
  }
  const started = performance.now();
  let shown = 0;
  await seedDemo(store.db, await loadCatalogue(), {
    events,
    seed,
    days,
    retentionDays: Math.max(retentionDays(), days),
    onProgress: (inserted) => {
      if (inserted - shown >= 100_000 || inserted === events) {
        shown = inserted;
        process.stdout.write(`  ${inserted.toLocaleString("en-US")} events inserted\n`);
      }
    },
  });
  console.log(`Seeded ${events.toLocaleString("en-US")} demo events over ${days} days into the ${store.kind} store and rolled them up in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
} finally {
  await store.close();
}
