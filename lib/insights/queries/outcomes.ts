import { sql } from "drizzle-orm";
import { addDays, dayOf } from "@/lib/events/days";
import type { EventsDb } from "@/lib/events/store";
import { rows } from "../rows";

/** A step's figure is shown to visitors only once this many people marked it (fixed or tried). */
export const MIN_OUTCOMES_SHOWN = 20;
/** Over the last this many days, so a rewritten step is soon judged on its new text. */
export const OUTCOME_DAYS = 90;

export interface StepOutcome {
  fixed: number;
  /** Everyone who marked the step: "fixed it" plus "didn't help". */
  total: number;
}

/** An article's steps with at least MIN_OUTCOMES_SHOWN outcomes in the last OUTCOME_DAYS days. */
export async function publicStepOutcomes(db: EventsDb, article: string, now: Date = new Date()): Promise<Record<string, StepOutcome>> {
  const since = addDays(dayOf(now), -(OUTCOME_DAYS - 1));
  const found = await rows<{ step: string; fixed: number; total: number }>(
    db,
    sql`select step, sum(fixed)::int as fixed, sum(fixed + tried)::int as total from daily_steps
        where article = ${article} and day >= ${since}
        group by step having sum(fixed + tried) >= ${MIN_OUTCOMES_SHOWN}`,
  );
  return Object.fromEntries(found.map(({ step, fixed, total }) => [step, { fixed, total }]));
}
