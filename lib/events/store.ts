import "server-only";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { MIGRATIONS_FOLDER, storeConfig, type StoreConfig } from "./config";
import { lockDataFolder } from "./pglite-lock";
import * as schema from "./schema";

/** Either driver's database: both speak PostgreSQL through the same pg-core schema. */
export type EventsDb = PgDatabase<PgQueryResultHKT, typeof schema>;

export interface Store {
  db: EventsDb;
  kind: StoreConfig["kind"];
  close(): Promise<void>;
}

// Any constant: every instance migrating one PostgreSQL server takes this lock first.
const MIGRATION_LOCK = 74_110_011;

/**
 * Opens the store and applies any pending migrations (drizzle-kit's, in lib/events/migrations).
 * Drivers are imported here, on first use, so neither is loaded by a process that never records.
 */
export async function openStore(config: StoreConfig = storeConfig()): Promise<Store> {
  return config.kind === "postgres" ? openPostgres(config.url) : openPglite(config.dir);
}

async function openPglite(dir: string): Promise<Store> {
  const release = lockDataFolder(dir);
  try {
    const [{ PGlite }, { drizzle }, { migrate }] = await Promise.all([
      import("@electric-sql/pglite"),
      import("drizzle-orm/pglite"),
      import("drizzle-orm/pglite/migrator"),
    ]);
    const client = await PGlite.create(dir);
    const db = drizzle(client, { schema });
    await migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
    return {
      db: db as unknown as EventsDb,
      kind: "pglite",
      close: async () => {
        await client.close();
        release();
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}

async function openPostgres(url: string): Promise<Store> {
  const [{ default: pg }, { drizzle }, { migrate }] = await Promise.all([
    import("pg"),
    import("drizzle-orm/node-postgres"),
    import("drizzle-orm/node-postgres/migrator"),
  ]);
  const pool = new pg.Pool({
    connectionString: url,
    max: Number(process.env.HELP_DB_POOL_SIZE ?? 10),
    // Bounds the wait for a connection (a new one, or a free one of the pool under load); past it
    // the request gets a 503. A stopped server refuses at once, long before this.
    connectionTimeoutMillis: 5_000,
    statement_timeout: 5_000,
    idleTimeoutMillis: 30_000,
  });
  // An idle connection dropped by the server is not our request's problem; the pool replaces it.
  pool.on("error", (error) => console.error(`events store: idle connection lost: ${error.message}`));
  try {
    const client = await pool.connect();
    try {
      // Several instances may start at once; one migrates, the others wait and find nothing to do.
      await client.query("select pg_advisory_lock($1)", [MIGRATION_LOCK]);
      await migrate(drizzle(client, { schema }), { migrationsFolder: MIGRATIONS_FOLDER });
    } finally {
      await client.query("select pg_advisory_unlock($1)", [MIGRATION_LOCK]).catch(() => undefined);
      client.release();
    }
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw error;
  }
  return { db: drizzle(pool, { schema }) as unknown as EventsDb, kind: "postgres", close: () => pool.end() };
}
