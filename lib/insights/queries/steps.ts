import { sql } from "drizzle-orm";
import type { EventsDb } from "@/lib/events/store";
import type { InsightsCatalogue } from "../catalogue";
import { rows, share } from "../rows";
import type { InsightsWindow } from "../window";

export interface StepInsight {
  article: string;
  articleTitle: string | null;
  step: string;
  /** The step's heading, or null when the article no longer has this step. */
  stepTitle: string | null;
  /** 1-based place in the article, or null when the article no longer has this step. */
  position: number | null;
  fixed: number;
  tried: number;
  /** fixed / (fixed + tried), or null without outcomes. */
  successRate: number | null;
  /** It fixes more often than the step above it: the article might offer it earlier. */
  considerMovingUp: boolean;
}

/** A step is compared with the one above it only when both have this many outcomes. */
export const MIN_OUTCOMES_TO_COMPARE = 10;

/**
 * Per solution step over the window: "fixed it" and "didn't help" counts, the success rate, and
 * whether it beats the step above it. Articles with any outcome in the window, the most outcomes
 * first; each with all its steps in the article's order, then steps it no longer has.
 */
export async function stepInsights(db: EventsDb, window: InsightsWindow, catalogue: InsightsCatalogue): Promise<StepInsight[]> {
  const counts = await rows<{ article: string; step: string; fixed: number; tried: number }>(
    db,
    sql`select article, step, sum(fixed)::int as fixed, sum(tried)::int as tried from daily_steps
        where day >= ${window.since} and day <= ${window.through} group by article, step`,
  );
  const byArticle = new Map<string, Map<string, { fixed: number; tried: number }>>();
  for (const { article, step, fixed, tried } of counts) {
    if (!byArticle.has(article)) byArticle.set(article, new Map());
    byArticle.get(article)!.set(step, { fixed, tried });
  }
  const articles = [...byArticle.entries()].map(([article, steps]) => ({ article, steps, total: [...steps.values()].reduce((sum, s) => sum + s.fixed + s.tried, 0) }));
  articles.sort((a, b) => b.total - a.total || a.article.localeCompare(b.article));
  return articles.flatMap(({ article, steps }) => stepsOf(article, steps, catalogue));
}

function stepsOf(article: string, counts: Map<string, { fixed: number; tried: number }>, catalogue: InsightsCatalogue): StepInsight[] {
  const known = catalogue.articles.get(article);
  const ordered = known?.steps ?? [];
  const insight = (step: string, title: string | null, position: number | null): StepInsight => {
    const { fixed, tried } = counts.get(step) ?? { fixed: 0, tried: 0 };
    return { article, articleTitle: known?.title ?? null, step, stepTitle: title, position, fixed, tried, successRate: share(fixed, fixed + tried), considerMovingUp: false };
  };
  const inOrder = ordered.map((step, index) => insight(step.id, step.title, index + 1));
  for (let index = 1; index < inOrder.length; index += 1) {
    const above = inOrder[index - 1]!;
    const step = inOrder[index]!;
    const comparable = [above, step].every((s) => s.fixed + s.tried >= MIN_OUTCOMES_TO_COMPARE);
    step.considerMovingUp = comparable && step.successRate! > above.successRate!;
  }
  const gone = [...counts.keys()].filter((step) => !ordered.some((known) => known.id === step)).sort();
  // Every step of the article, marked or not, so the table reads in the article's order.
  return [...inOrder, ...gone.map((step) => insight(step, null, null))];
}
