import "server-only";
import { withStore } from "@/lib/events/shared-store";
import { loadCatalogue } from "./catalogue";
import { publicStepOutcomes, type StepOutcome } from "./queries/outcomes";

/**
 * "Fixed it for 64 % of 120 people who tried it", per step, for an article's visitors. Read at
 * most every few minutes per article and server (the answer is also cached by browsers and CDNs
 * for as long), so article views never turn into a database query each.
 */
/** Seconds a figure may be old: `HELP_OUTCOMES_MAX_AGE` (default 300; the end-to-end tests use 0). */
export function outcomesMaxAge(env: Record<string, string | undefined> = process.env): number {
  const seconds = Number(env.HELP_OUTCOMES_MAX_AGE ?? 300);
  return Number.isInteger(seconds) && seconds >= 0 ? seconds : 300;
}
const KEY = Symbol.for("help-center.public-outcomes");

type Cached = { until: number; outcomes: Promise<Record<string, StepOutcome>> };

/** null for an article that does not exist or whose author turned the figures off. */
export async function outcomesFor(slug: string, now = Date.now()): Promise<Record<string, StepOutcome> | null> {
  const article = (await loadCatalogue()).articles.get(slug);
  if (!article?.showOutcomes) return null;
  // Keyed by slugs of the content only, so the map never holds more entries than there are articles.
  const cache = ((globalThis as { [KEY]?: Map<string, Cached> })[KEY] ??= new Map());
  const hit = cache.get(slug);
  if (hit && hit.until > now) return hit.outcomes;
  const outcomes = withStore(({ db }) => publicStepOutcomes(db, slug));
  cache.set(slug, { until: now + outcomesMaxAge() * 1000, outcomes });
  // A failed read is not kept: the next visitor tries again.
  outcomes.catch(() => cache.get(slug)?.outcomes === outcomes && cache.delete(slug));
  return outcomes;
}
