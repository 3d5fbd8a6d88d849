import "server-only";
import { StoreLockedError } from "./pglite-lock";
import { openStore, type Store } from "./store";

/**
 * The server's one store, opened on the first event (never at build time, never by a page) and kept
 * on globalThis, because each route handler bundle gets its own copy of this module.
 * After a failed open or a lost connection the store counts as down for a few seconds: requests in that
 * window get their 503 at once instead of each trying again.
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
    console.error(`events store: ${describe(error)}`);
    throw new StoreUnavailableError("the event store is down", { cause: error });
  }
}

/**
 * The store itself is gone: the server refused or dropped the connection (a stopped PostgreSQL,
 * SQLSTATE classes 08 and 57), the host is unknown or unreachable, or the embedded store cannot
 * be opened. A timeout is not among them: a store that is slow under load is still there, and
 * only the request that waited too long gets its 503.
 */
const OUTAGE_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ENOTFOUND", "EHOSTUNREACH", "ENETUNREACH", "EPIPE"]);

function isOutage(error: unknown): boolean {
  for (let cause = error; cause; cause = (cause as { cause?: unknown }).cause) {
    if (cause instanceof StoreLockedError) return true;
    const code = (cause as { code?: unknown }).code;
    if (typeof code === "string" && (OUTAGE_CODES.has(code) || /^(08|57)/.test(code))) return true;
    if (cause instanceof Error && /Connection terminated/i.test(cause.message)) return true;
  }
  return false;
}

const describe = (error: unknown): string => {
  const messages: string[] = [];
  for (let cause = error; cause && messages.length < 4; cause = (cause as { cause?: unknown }).cause) {
    // Drizzle's message repeats the whole statement and its parameters; the first line says enough.
    messages.push(cause instanceof Error ? cause.message.split("\n")[0]! : String(cause));
  }
  return messages.join(": ");
};
