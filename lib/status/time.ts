const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/**
 * A feed time as people on every continent read it the same way: "14:02 UTC" today,
 * "3 Dec 14:02 UTC" on another day, "3 Dec 2025 14:02 UTC" in another year. Always UTC, so the
 * server-rendered /status page and the browser agree and support can compare notes.
 */
export function formatUtc(iso: string, now: Date = new Date()): string {
  const time = new Date(iso);
  if (Number.isNaN(time.getTime())) return "";
  const clock = `${String(time.getUTCHours()).padStart(2, "0")}:${String(time.getUTCMinutes()).padStart(2, "0")} UTC`;
  if (time.toISOString().slice(0, 10) === now.toISOString().slice(0, 10)) return clock;
  const day = `${time.getUTCDate()} ${MONTHS[time.getUTCMonth()]}`;
  return time.getUTCFullYear() === now.getUTCFullYear() ? `${day} ${clock}` : `${day} ${time.getUTCFullYear()} ${clock}`;
}
