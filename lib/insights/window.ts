import { addDays, dayOf, type Day } from "@/lib/events/days";

/** The views staff can choose between, by link (`?days=30`), so each view has its own URL. */
export const WINDOWS = [7, 30, 90] as const;
export type WindowDays = (typeof WINDOWS)[number];
export const DEFAULT_WINDOW: WindowDays = 30;

/** The last `days` UTC days, today included (today's figures are partial until the day ends). */
export interface InsightsWindow {
  days: WindowDays;
  since: Day;
  through: Day;
}

/** `?days=` as given: absent means the default; anything but 7, 30 or 90 is null (a 400 for the API). */
export function parseWindow(raw: string | string[] | null | undefined, now: Date = new Date()): InsightsWindow | null {
  const value = Array.isArray(raw) ? raw[0] : raw;
  const days = value === undefined || value === null || value === "" ? DEFAULT_WINDOW : Number(value);
  if (!WINDOWS.includes(days as WindowDays)) return null;
  const through = dayOf(now);
  return { days: days as WindowDays, since: addDays(through, -(days - 1)), through };
}
