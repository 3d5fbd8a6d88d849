import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import type { StoreConfig } from "@/lib/events/config";
import { openStore, type Store } from "@/lib/events/store";

/**
 * The two stores every store test runs against: embedded PGlite in a temporary folder, and a real
 * PostgreSQL server (TEST_DATABASE_URL, set by `npm run test:unit`, which starts a throwaway
 * cluster). Each opened store is a fresh database, so test files never see each other's rows.
 */
export const STORE_KINDS = ["pglite", "postgres"] as const;

export interface TestStore {
  store: Store;
  dispose(): Promise<void>;
}

export async function openTestStore(kind: StoreConfig["kind"]): Promise<TestStore> {
  if (kind === "pglite") {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "events-test-"));
    const store = await openStore({ kind: "pglite", dir: path.join(dir, "data") });
    return { store, dispose: async () => (await store.close(), fs.rmSync(dir, { recursive: true, force: true })) };
  }
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error("TEST_DATABASE_URL is not set: run `npm run test:unit`, which starts a throwaway PostgreSQL, or point it at a server.");
  const name = `events_test_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const databaseUrl = new URL(url);
  databaseUrl.pathname = `/${name}`;
  const store = await openStore({ kind: "postgres", url: databaseUrl.href });
  return {
    store,
    dispose: async () => {
      await store.close();
      const cleanup = new pg.Client({ connectionString: url });
      await cleanup.connect();
      await cleanup.query(`drop database if exists ${name} with (force)`);
      await cleanup.end();
    },
  };
}
