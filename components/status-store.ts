"use client";

import { useSyncExternalStore } from "react";
import { isStatusReport, type StatusReport } from "@/lib/status/report";

/**
 * The platform's status in this tab: fetched from `/api/status` once when the page's code loads
 * (pages are prerendered; status always arrives after them), again every minute while the tab is
 * visible, and shared by the banner, the page notice, the paste box and the support request.
 */
export type ClientStatus =
  | { phase: "loading" }
  | { phase: "ready"; report: StatusReport; /** When it arrived (ms): what "now" means for it. */ receivedAt: number }
  | { phase: "failed" };

const LOADING: ClientStatus = { phase: "loading" };
const REFRESH_MS = 60_000;

let current: ClientStatus = LOADING;
const listeners = new Set<() => void>();

async function load() {
  try {
    const response = await fetch("/api/status", { headers: { accept: "application/json" } });
    const body: unknown = await response.json();
    current = isStatusReport(body) ? { phase: "ready", report: body, receivedAt: Date.now() } : { phase: "failed" };
  } catch {
    // Offline or cut short: keep what we had, else say we do not know.
    if (current.phase !== "ready") current = { phase: "failed" };
  }
  for (const listener of listeners) listener();
}

if (typeof window !== "undefined") {
  void load();
  setInterval(() => {
    if (document.visibilityState === "visible") void load();
  }, REFRESH_MS);
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The status in this tab; "loading" in the server's HTML and until the first answer. */
export function useServiceStatus(): ClientStatus {
  return useSyncExternalStore(
    subscribe,
    () => current,
    () => LOADING,
  );
}
