import pg from "pg";
import { PGlite } from "@electric-sql/pglite";

/**
 * Reads the event store from outside the server, as a test or benchmark checks what was kept:
 * PostgreSQL through its own connection, or the embedded store's folder once its server has
 * stopped (PGlite admits one process). Never through the portal's own endpoints.
 */
export const RAW_TABLES = ["page_events", "votes", "step_outcomes", "searches", "pastes"] as const;

export async function countRawRows(target: { databaseUrl: string } | { dir: string }): Promise<number> {
  const sql = `select (${RAW_TABLES.map((table) => `(select count(*) from ${table})`).join(" + ")})::int as n`;
  if ("databaseUrl" in target) {
    const client = new pg.Client({ connectionString: target.databaseUrl });
    await client.connect();
    try {
      return (await client.query<{ n: number }>(sql)).rows[0]!.n;
    } finally {
      await client.end();
    }
  }
  const db = await PGlite.create(target.dir);
  try {
    return (await db.query<{ n: number }>(sql)).rows[0]!.n;
  } finally {
    await db.close();
  }
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
