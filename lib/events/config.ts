import path from "node:path";

/**
 * Where events go. `DATABASE_URL` (postgres://…) puts them on a PostgreSQL server, shared by every
 * `next start` instance; without it they go to an embedded PGlite database in `HELP_EVENTS_DIR`
 * (default `.data/events`, git-ignored), which only one process may open at a time.
 */
export type StoreConfig = { kind: "postgres"; url: string } | { kind: "pglite"; dir: string };

export function storeConfig(env: NodeJS.ProcessEnv = process.env): StoreConfig {
  const url = env.DATABASE_URL?.trim();
  if (url) return { kind: "postgres", url };
  // turbopackIgnore: a data folder named at run time is not code; without it, tracing this call
  // copies the whole project (content/ included) into a standalone build.
  return { kind: "pglite", dir: path.resolve(/*turbopackIgnore: true*/ env.HELP_EVENTS_DIR?.trim() || path.join(process.cwd(), ".data", "events")) };
}

/** Raw events older than this many days are deleted; the daily aggregates stay. */
export function retentionDays(env: NodeJS.ProcessEnv = process.env): number {
  const days = Number(env.HELP_RETENTION_DAYS ?? 180);
  return Number.isInteger(days) && days >= 1 ? days : 180;
}

/** The migrations drizzle-kit generated, read at run time by the migrator (traced for standalone builds). */
export const MIGRATIONS_FOLDER = path.join(process.cwd(), "lib", "events", "migrations");
