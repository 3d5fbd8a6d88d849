"use client";

import { useSyncExternalStore } from "react";
import { announceChange, readItem, subscribeToChanges, writeItem } from "./browser-storage";
import { THEME_STORAGE_KEY } from "./head-script";
import { useHydrated } from "./use-hydrated";

type Theme = "system" | "light" | "dark";
const NEXT: Record<Theme, Theme> = { system: "light", light: "dark", dark: "system" };
const LABEL: Record<Theme, string> = { system: "system", light: "light", dark: "dark" };
const CHANGE_EVENT = "themechange";

function readTheme(): Theme {
  const stored = readItem("localStorage", THEME_STORAGE_KEY);
  return stored === "light" || stored === "dark" ? stored : "system";
}

const subscribe = subscribeToChanges(CHANGE_EVENT);

function applyTheme(theme: Theme) {
  writeItem("localStorage", THEME_STORAGE_KEY, theme === "system" ? null : theme);
  if (theme === "system") delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = theme;
  announceChange(CHANGE_EVENT);
}

/**
 * Cycles system → light → dark. The server renders "system"; the stored choice shows after hydration.
 * Hidden in its place without JavaScript (`js-only`), and disabled until hydration, so the button
 * never takes a click it cannot act on.
 */
export function ThemeToggle() {
  const theme = useSyncExternalStore(subscribe, readTheme, () => "system" as Theme);
  const hydrated = useHydrated();
  return (
    <button
      type="button"
      disabled={!hydrated}
      onClick={() => applyTheme(NEXT[theme])}
      className="js-only inline-flex h-10 min-w-10 items-center justify-center gap-1 rounded-md border border-slate-300 px-2 text-sm text-slate-700 hover:bg-slate-100 dark:border-slate-700 dark:text-slate-200 dark:hover:bg-slate-800"
      aria-label={`Colour theme: ${LABEL[theme]}. Switch to ${LABEL[NEXT[theme]]}`}
    >
      <ThemeIcon theme={theme} />
    </button>
  );
}

function ThemeIcon({ theme }: { theme: Theme }) {
  const common = { width: 18, height: 18, viewBox: "0 0 24 24", fill: "none", stroke: "currentColor", strokeWidth: 2, "aria-hidden": true } as const;
  if (theme === "light") {
    return (
      <svg {...common}>
        <circle cx="12" cy="12" r="4" />
        <path d="M12 2v2M12 20v2M4.9 4.9l1.4 1.4M17.7 17.7l1.4 1.4M2 12h2M20 12h2M4.9 19.1l1.4-1.4M17.7 6.3l1.4-1.4" />
      </svg>
    );
  }
  if (theme === "dark") {
    return (
      <svg {...common}>
        <path d="M21 12.8A9 9 0 1 1 11.2 3a7 7 0 0 0 9.8 9.8Z" />
      </svg>
    );
  }
  return (
    <svg {...common}>
      <rect x="3" y="4" width="18" height="12" rx="2" />
      <path d="M8 20h8M12 16v4" />
    </svg>
  );
}
