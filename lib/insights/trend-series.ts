import type { TrendDay } from "./queries/trend";

/** One small chart of the trend: a value per day (null: nothing to measure that day) and its words. */
export interface TrendSeries {
  id: string;
  title: string;
  kind: "count" | "percent";
  points: { day: string; value: number | null }[];
  /** The chart's text equivalent: total or overall rate, highest and lowest day. */
  summary: string;
}

const number = new Intl.NumberFormat("en-US");
const shortDay = (day: string) => new Date(`${day}T00:00:00Z`).toLocaleDateString("en-US", { month: "short", day: "numeric", timeZone: "UTC" });
const pct = (rate: number) => `${Math.round(rate * 100)} %`;

function extremes(points: TrendSeries["points"], show: (value: number) => string): string {
  const measured = points.filter((point): point is { day: string; value: number } => point.value !== null);
  if (measured.length === 0) return "";
  const high = measured.reduce((best, point) => (point.value > best.value ? point : best));
  const low = measured.reduce((best, point) => (point.value < best.value ? point : best));
  return ` Highest ${show(high.value)} on ${shortDay(high.day)}, lowest ${show(low.value)} on ${shortDay(low.day)}.`;
}

function counts(id: string, title: string, days: TrendDay[], pick: (day: TrendDay) => number, unit: string): TrendSeries {
  const points = days.map((day) => ({ day: day.day, value: pick(day) }));
  const total = points.reduce((sum, point) => sum + point.value, 0);
  return { id, title, kind: "count", points, summary: `${number.format(total)} ${unit} in ${days.length} days.${total > 0 ? extremes(points, number.format) : ""}` };
}

function rates(id: string, title: string, days: TrendDay[], part: (day: TrendDay) => number, whole: (day: TrendDay) => number, unit: string): TrendSeries {
  const points = days.map((day) => ({ day: day.day, value: whole(day) > 0 ? part(day) / whole(day) : null }));
  const parts = days.reduce((sum, day) => sum + part(day), 0);
  const wholes = days.reduce((sum, day) => sum + whole(day), 0);
  const overall = wholes > 0 ? `${pct(parts / wholes)} of ${number.format(wholes)} ${unit} in ${days.length} days.` : `No ${unit} in ${days.length} days.`;
  return { id, title, kind: "percent", points, summary: overall + extremes(points, pct) };
}

/** The four pictures of the overview: views, helpful %, zero-result rate, escalations. */
export function trendSeries(days: TrendDay[]): TrendSeries[] {
  return [
    counts("views", "Article views", days, (day) => day.views, "views"),
    rates("helpful", "Helpful %", days, (day) => day.helpful, (day) => day.votes, "votes"),
    rates("zero-results", "Searches that found nothing", days, (day) => day.zeroResults, (day) => day.searches, "searches"),
    counts("escalations", "Escalations (“Still stuck?” opened)", days, (day) => day.escalations, "escalations"),
  ];
}
