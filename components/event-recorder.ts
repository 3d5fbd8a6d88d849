"use client";

import type { PortalEventInput } from "@/lib/events/event-schema";
import { readItem, writeItem } from "./browser-storage";

/**
 * Sends the portal's anonymous signals to /api/events (see README, "What the portal records").
 * - Nothing is sent when the browser says Do Not Track or Global Privacy Control (the server
 *   checks the headers too, and stores nothing then).
 * - The session id is random, kept in sessionStorage: it lives as long as the tab, and only
 *   lets a changed vote replace the earlier one.
 * - Every event waits in a bounded sessionStorage queue until the server answers it. A 503, a 429
 *   or no network leaves it there to be sent again later (after Retry-After, or on the next page);
 *   each event carries its own id, so one the server already had is not stored twice.
 * - When the page is left with events still unanswered, they go once more as beacons (which
 *   outlive the page), and stay queued in case those are lost too.
 */
type DistributiveOmit<T, K extends keyof T> = T extends unknown ? Omit<T, K> : never;
export type Signal = DistributiveOmit<PortalEventInput, "id" | "session">;
type Queued = PortalEventInput;

const SESSION_KEY = "help:events:session";
const QUEUE_KEY = "help:events:unsent";
const MAX_QUEUED = 40;

const inFlight = new Set<string>();
let retryTimer: ReturnType<typeof setTimeout> | undefined;

function optedOut(): boolean {
  const nav = navigator as Navigator & { globalPrivacyControl?: boolean };
  return nav.globalPrivacyControl === true || nav.doNotTrack === "1";
}

function sessionId(): string {
  let id = readItem("sessionStorage", SESSION_KEY);
  if (!id) {
    id = crypto.randomUUID();
    writeItem("sessionStorage", SESSION_KEY, id);
  }
  return id;
}

function readQueue(): Queued[] {
  try {
    const value: unknown = JSON.parse(readItem("sessionStorage", QUEUE_KEY) ?? "[]");
    return Array.isArray(value) ? (value as Queued[]) : [];
  } catch {
    return [];
  }
}

const writeQueue = (queue: Queued[]) => writeItem("sessionStorage", QUEUE_KEY, queue.length > 0 ? JSON.stringify(queue.slice(-MAX_QUEUED)) : null);
// By content, not id: a search sent again with the result opened must not be forgotten when the
// answer to its first send arrives.
const forget = (body: string) => writeQueue(readQueue().filter((event) => JSON.stringify(event) !== body));

function retryIn(seconds: number) {
  clearTimeout(retryTimer);
  retryTimer = setTimeout(flush, Math.min(Math.max(seconds, 5), 300) * 1000);
}

async function send(event: Queued): Promise<void> {
  const body = JSON.stringify(event);
  inFlight.add(body);
  try {
    const response = await fetch("/api/events", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body,
    });
    // Read to the end: an unread body keeps the request open for the browser's tooling.
    await response.text().catch(() => "");
    // Kept for later: the store is down, or we are going too fast. Anything else is final
    // (a 400 would be refused again, however often it was sent).
    if (response.status === 429 || response.status >= 500) retryIn(Number(response.headers.get("retry-after")) || 30);
    else forget(body);
  } catch {
    retryIn(30);
  } finally {
    inFlight.delete(body);
  }
}

/** Sends everything queued that is not on its way already. */
export function flush(): void {
  if (optedOut()) return writeQueue([]);
  for (const event of readQueue()) if (!inFlight.has(JSON.stringify(event))) void send(event);
}

/** Records one signal: queued at once, sent now. Returns the event's id. */
export function record(signal: Signal, id: string = crypto.randomUUID()): string {
  if (optedOut()) return id;
  const event = { ...signal, id, session: sessionId() } as Queued;
  writeQueue([...readQueue().filter((queued) => queued.id !== id), event]);
  void send(event);
  return id;
}

if (typeof window !== "undefined") {
  // Whatever an earlier page of this tab could not send goes out once this one has settled.
  setTimeout(flush, 2000);
  window.addEventListener("pagehide", () => {
    if (optedOut()) return;
    for (const event of readQueue()) navigator.sendBeacon?.("/api/events", new Blob([JSON.stringify(event)], { type: "application/json" }));
  });
}
