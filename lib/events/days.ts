/** Calendar days as `YYYY-MM-DD` strings in UTC: the unit of every aggregate. */
export type Day = string;

export const dayOf = (time: Date): Day => time.toISOString().slice(0, 10);

export function addDays(day: Day, days: number): Day {
  const time = new Date(`${day}T00:00:00Z`);
  time.setUTCDate(time.getUTCDate() + days);
  return dayOf(time);
}

/** The instant a day starts, for comparing with `at` columns. */
export const startOf = (day: Day): string => `${day}T00:00:00Z`;
