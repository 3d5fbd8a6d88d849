import { PGlite } from "@electric-sql/pglite";
import pg from "pg";

/**
 * Reads the event store from outside the server, as a test or benchmark checks what was kept:
 * PostgreSQL through its own connection, or the embedded store's folder once its server has
 * stopped (PGlite admits one process). Never through the portal's own endpoints.
 */
export type StoreTarget = { databaseUrl: string } | { dir: string };

export const RAW_TABLES = ["page_events", "votes", "step_outcomes", "searches", "pastes"] as const;

async function read<T extends Record<string, unknown>>(target: StoreTarget, sql: string): Promise<T[]> {
  if ("databaseUrl" in target) {
    const client = new pg.Client({ connectionString: target.databaseUrl });
    await client.connect();
    try {
      return (await client.query<T>(sql)).rows;
    } finally {
      await client.end();
    }
  }
  const db = await PGlite.create(target.dir);
  try {
    return (await db.query<T>(sql)).rows;
  } finally {
    await db.close();
  }
}

export async function countRawRows(target: StoreTarget): Promise<number> {
  const [row] = await read<{ n: number }>(target, `select (${RAW_TABLES.map((table) => `(select count(*) from ${table})`).join(" + ")})::int as n`);
  return row!.n;
}

/**
 * The key of every stored event: the event id, or for votes and step outcomes (one row per
 * session) the session id. The benchmark gives every event its own session, so each is unique.
 */
export async function storedEventKeys(target: StoreTarget): Promise<Set<string>> {
  const rows = await read<{ key: string }>(
    target,
    "select id::text as key from page_events union all select id::text from searches union all select id::text from pastes union all select session::text from votes union all select session::text from step_outcomes",
  );
  return new Set(rows.map((row) => row.key));
}

/** A fresh database on the server at `url` for one run; `drop()` removes it. */
export async function createDatabase(url: string, prefix: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `${prefix}_${process.pid}_${Date.now().toString(36)}`;
  const run = async (statement: string) => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  };
  await run(`create database ${name}`);
  const databaseUrl = new URL(url);
  databaseUrl.pathname = `/${name}`;
  return { url: databaseUrl.href, drop: () => run(`drop database if exists ${name} with (force)`) };
}
