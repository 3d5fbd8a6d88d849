import { FEEDBACK_REASONS } from "@/lib/events/reasons";

/** A fraction as a whole percentage (0.642 → 64), or null. */
export const percent = (rate: number | null): number | null => (rate === null ? null : Math.round(rate * 100));

const reasonLabels = new Map<string, string>(FEEDBACK_REASONS.map((reason) => [reason.id, reason.label]));

/** A stored reason id in words; an id this version does not know is shown as it is. */
export const reasonLabel = (id: string): string => reasonLabels.get(id) ?? id;

/** `2026-11-30T14:05:09.123Z` → `2026-11-30 14:05 UTC`. */
export const minuteUtc = (iso: string): string => `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
