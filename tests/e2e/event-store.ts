import { expect, type Page } from "@playwright/test";
import pg from "pg";

/**
 * Reads what the portal under test stored, straight from its PostgreSQL database (the one
 * `npm run test:e2e` starts and hands the server as DATABASE_URL), never through the portal.
 */
export function storeUrl(): string {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error("TEST_DATABASE_URL is not set: run `npm run test:e2e`, which starts a throwaway PostgreSQL for the portal under test.");
  return url;
}

export async function queryStore<T extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: storeUrl() });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

/** Rows matching `sql`, once they have arrived: events are sent after the click that makes them. */
export async function eventually<T extends pg.QueryResultRow>(sql: string, params: unknown[], count = 1): Promise<T[]> {
  let rows: T[] = [];
  await expect
    .poll(async () => {
      rows = await queryStore<T>(sql, params);
      return rows.length;
    }, { timeout: 20_000 })
    .toBe(count);
  return rows;
}

/** The random session id the page's recorder keeps in sessionStorage (after its first event). */
export async function sessionOf(page: Page): Promise<string> {
  await expect.poll(() => page.evaluate(() => sessionStorage.getItem("help:events:session"))).not.toBeNull();
  return (await page.evaluate(() => sessionStorage.getItem("help:events:session")))!;
}
