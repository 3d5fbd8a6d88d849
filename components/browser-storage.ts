"use client";

/**
 * Web Storage that never throws and never loses a value for the visit. Private modes, blocked
 * cookies and full quotas refuse storage (getItem or setItem throw); then a preference, a mark or
 * the session context is kept in memory instead, so every control still works until the page is
 * left. Plus the change notification that lets every `useSyncExternalStore` reading a key
 * re-render, in this tab (our event) and in others ("storage").
 */
type Area = "localStorage" | "sessionStorage";

/** Values storage refused, newest first: they win over what storage holds until a write succeeds. */
const refused: Record<Area, Map<string, string | null>> = { localStorage: new Map(), sessionStorage: new Map() };

export function readItem(area: Area, key: string): string | null {
  const kept = refused[area];
  if (kept.has(key)) return kept.get(key) ?? null;
  try {
    return window[area].getItem(key);
  } catch {
    return null;
  }
}

/** Stores `value`, or removes the key when it is null. */
export function writeItem(area: Area, key: string, value: string | null): void {
  try {
    if (value === null) window[area].removeItem(key);
    else window[area].setItem(key, value);
    refused[area].delete(key);
  } catch {
    refused[area].set(key, value);
  }
}

export function announceChange(event: string): void {
  window.dispatchEvent(new Event(event));
}

/** A `subscribe` for useSyncExternalStore: our own change event, and storage changes from other tabs. */
export function subscribeToChanges(event: string) {
  return (onChange: () => void) => {
    window.addEventListener(event, onChange);
    window.addEventListener("storage", onChange);
    return () => {
      window.removeEventListener(event, onChange);
      window.removeEventListener("storage", onChange);
    };
  };
}
