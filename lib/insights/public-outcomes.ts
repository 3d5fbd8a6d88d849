import "server-only";
import { withStore } from "@/lib/events/shared-store";
import { loadCatalogue } from "./catalogue";
import { publicStepOutcomes, type StepOutcome } from "./queries/outcomes";

/**
 * "Fixed it for 64 % of 120 people who tried it", per step, for an article's visitors. Read at
 * most every few minutes per article and server (the answer is also cached by browsers and CDNs
 * for as long), so article views never turn into a database query each.
 */
export const OUTCOMES_MAX_AGE_SECONDS = 300;
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
  cache.set(slug, { until: now + OUTCOMES_MAX_AGE_SECONDS * 1000, outcomes });
  // A failed read is not kept: the next visitor tries again.
  outcomes.catch(() => cache.get(slug)?.outcomes === outcomes && cache.delete(slug));
  return outcomes;
}
