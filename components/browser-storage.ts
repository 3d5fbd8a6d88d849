"use client";

/**
 * Web Storage that never throws: private modes and full quotas refuse it, and then a preference
 * or a mark simply lasts for this page. Plus the change notification that lets every
 * `useSyncExternalStore` reading a key re-render, in this tab (our event) and in others ("storage").
 */
type Area = "localStorage" | "sessionStorage";

export function readItem(area: Area, key: string): string | null {
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
  } catch {
    // Refused: see above.
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
