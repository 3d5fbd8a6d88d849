import "server-only";
import { openStore, type Store } from "./store";

/**
 * The server's one store, opened on the first event (never at build time, never by a page) and kept
 * on globalThis, because each route handler bundle gets its own copy of this module.
 * After a failed open or a lost connection the store counts as down for a few seconds: requests in that
 * window get their 503 at once instead of each waiting for a connection timeout.
 */
interface Shared {
  opening: Promise<Store> | null;
  downUntil: number;
}

const KEY = Symbol.for("help-center.events-store");
const DOWN_FOR_MS = 3_000;
/** Seconds a client is told to wait after a 503. */
export const RETRY_AFTER_SECONDS = 30;

export class StoreUnavailableError extends Error {}

function shared(): Shared {
  const holder = globalThis as { [KEY]?: Shared };
  return (holder[KEY] ??= { opening: null, downUntil: 0 });
}

export function getStore(): Promise<Store> {
  const state = shared();
  if (Date.now() < state.downUntil) return Promise.reject(new StoreUnavailableError("the event store is down"));
  state.opening ??= openStore().catch((error: unknown) => {
    state.opening = null;
    throw error;
  });
  return state.opening;
}

/** Runs `work` against the store; any failure marks it down briefly and becomes StoreUnavailableError. */
export async function withStore<T>(work: (store: Store) => Promise<T>): Promise<T> {
  try {
    return await work(await getStore());
  } catch (error) {
    if (error instanceof StoreUnavailableError) throw error;
    if (isOutage(error)) shared().downUntil = Date.now() + DOWN_FOR_MS;
    console.error(`events store: ${error instanceof Error ? error.message : String(error)}`);
    throw new StoreUnavailableError("the event store is down", { cause: error });
  }
}

/**
 * A PostgreSQL error with a SQLSTATE outside classes 08 (connection) and 57 (operator intervention,
 * e.g. shutdown) is about one statement; anything else (refused, timed out, reset, no lock) is the
 * store being unreachable.
 */
function isOutage(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  const sqlState = typeof code === "string" && /^[0-9A-Z]{5}$/.test(code) ? code : null;
  return sqlState === null || sqlState.startsWith("08") || sqlState.startsWith("57");
}
