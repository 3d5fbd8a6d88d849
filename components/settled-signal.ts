"use client";

import { record, type Signal } from "./event-recorder";

/**
 * For signals that change as the reader types (a paste being edited): only the last version is
 * recorded, once nothing has changed for a moment, or when the page is left, never per keystroke.
 * The same signal twice in a row under one key is recorded once.
 */
const pending = new Map<string, { timer: ReturnType<typeof setTimeout>; signal: Signal }>();
const lastSent = new Map<string, string>();

function sendNow(key: string) {
  const entry = pending.get(key);
  if (!entry) return;
  clearTimeout(entry.timer);
  pending.delete(key);
  const body = JSON.stringify(entry.signal);
  if (lastSent.get(key) === body) return;
  lastSent.set(key, body);
  record(entry.signal);
}

export function recordWhenSettled(key: string, signal: Signal, quietMs = 2000): void {
  clearTimeout(pending.get(key)?.timer);
  pending.set(key, { signal, timer: setTimeout(() => sendNow(key), quietMs) });
}

if (typeof window !== "undefined") {
  // Capture: runs before the recorder's own pagehide listener, which beacons what is queued.
  window.addEventListener(
    "pagehide",
    () => {
      for (const key of [...pending.keys()]) sendNow(key);
    },
    { capture: true },
  );
}
