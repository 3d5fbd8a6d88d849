/**
 * `npm run db:migrate`: applies the event store's pending migrations (lib/events/migrations) to
 * PostgreSQL at DATABASE_URL, or to the embedded store in HELP_EVENTS_DIR. The server also applies
 * them on its first event, so this is for deploys that migrate before starting. The embedded
 * store admits one process: run this while the portal is stopped.
 */
import { storeConfig } from "../events/config";
import { openStore } from "../events/store";

const config = storeConfig();
const store = await openStore(config);
await store.close();
console.log(`Event store migrated: ${config.kind === "postgres" ? "PostgreSQL (DATABASE_URL)" : `embedded PGlite in ${config.dir}`}`);
