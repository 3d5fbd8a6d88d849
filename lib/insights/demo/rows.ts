import { addDays, dayOf } from "@/lib/events/days";
import type { pageEvents, pastes, searches, stepOutcomes, votes } from "@/lib/events/schema";
import type { Random } from "@/lib/prng";
import type { InsightsCatalogue } from "../catalogue";

/**
 * Demo events for insights, made from a seed: the same seed gives the same million events. The
 * shape follows a help center's traffic: views most of all, then searches (a long tail of
 * queries, some finding nothing), checklist marks (each step with its own success rate, so some
 * later steps beat the one above), votes with reasons and comments, pastes, escalations; more on
 * weekdays, a few popular articles and many quiet ones, over the last `days` days.
 */
export type DemoRow =
  | { table: "page_events"; row: typeof pageEvents.$inferInsert }
  | { table: "votes"; row: typeof votes.$inferInsert }
  | { table: "step_outcomes"; row: typeof stepOutcomes.$inferInsert }
  | { table: "searches"; row: typeof searches.$inferInsert }
  | { table: "pastes"; row: typeof pastes.$inferInsert };

const WORDS = (
  "api key invalid expired rotate 401 403 429 500 502 503 rate limit quota budget alert billing invoice sso login saml okta " +
  "password reset mfa token bearer header org admin role permission model fine tuning playground latency slow timeout stream " +
  "webhook export usage dashboard team member invite region gpu batch embeddings context window upload file size retry backoff"
).split(" ");
const UNDECLARED = ["model_overloaded", "context_length_exceeded", "quota_exhausted", "418", "451", "504"];
const COMMENTS = [
  "The headers section helped, the backoff example did not.",
  "Still blocked after raising the budget, waited 10 minutes.",
  "Steps mention a settings page I cannot find.",
  "Worked once I rotated the key (sk-…redacted).",
  "Our SSO login loops back to the start page.",
];

function uuid(random: Random): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(random.next() * 16).toString(16));
  hex[12] = "4";
  hex[16] = ((Math.floor(random.next() * 4) + 8) as number).toString(16);
  const s = hex.join("");
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

/** A moment in the last `days` days: weekdays busier, times of day spread over office hours. */
function moment(random: Random, now: Date, days: number): Date {
  for (;;) {
    const day = addDays(dayOf(now), -random.int(0, days - 1));
    const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
    if ((weekday === 0 || weekday === 6) && random.chance(0.5)) continue;
    const at = new Date(`${day}T00:00:00Z`).getTime() + Math.floor(random.next() * 86_400_000);
    if (at <= now.getTime()) return new Date(at);
  }
}

export function demoRows(random: Random, catalogue: InsightsCatalogue, options: { now: Date; days: number }): () => DemoRow {
  const articles = [...catalogue.articles.values()];
  // Zipf-like popularity: the first articles draw most visitors.
  const weights = articles.map((_, index) => 1 / (index + 1));
  const totalWeight = weights.reduce((sum, weight) => sum + weight, 0);
  const pickArticle = () => {
    let roll = random.next() * totalWeight;
    for (let index = 0; index < articles.length; index++) if ((roll -= weights[index]!) <= 0) return articles[index]!;
    return articles.at(-1)!;
  };
  const stepSuccess = new Map(articles.flatMap((article) => article.steps.map((step) => [`${article.slug}#${step.id}`, 0.2 + random.next() * 0.7] as const)));
  const common = Array.from({ length: 400 }, () => `${random.pick(WORDS)} ${random.pick(WORDS)}`);
  const declared = [...catalogue.declaredCodes];

  return () => {
    const at = moment(random, options.now, options.days);
    const session = uuid(random);
    const article = pickArticle();
    const roll = random.next();
    if (roll < 0.5) return { table: "page_events", row: { id: uuid(random), at, session, article: article.slug, kind: "view" } };
    if (roll < 0.56) return { table: "page_events", row: { id: uuid(random), at, session, article: article.slug, kind: random.chance(0.65) ? "stuck" : "request_copied" } };
    if (roll < 0.8) {
      // Two in three searches come from a few hundred common queries; the rest are a long tail.
      const query = random.chance(0.66) ? random.pick(common) : `${random.pick(WORDS)} ${random.pick(WORDS)} ${random.int(1, 5000)}`;
      const results = random.chance(0.12) ? 0 : random.int(1, 10);
      const opened = results > 0 && random.chance(0.55) ? random.int(1, Math.min(results, 5)) : null;
      return { table: "searches", row: { id: uuid(random), at, session, source: random.chance(0.7) ? "header" : "page", query, results, openedArticle: opened ? article.slug : null, openedPosition: opened } };
    }
    if (roll < 0.88 && article.steps.length > 0) {
      const step = random.pick(article.steps);
      const outcome = random.chance(stepSuccess.get(`${article.slug}#${step.id}`)!) ? "fixed" : "tried";
      return { table: "step_outcomes", row: { session, article: article.slug, step: step.id, outcome, at, updatedAt: at } };
    }
    if (roll < 0.95) {
      const helpful = random.chance(0.68);
      const reasons = helpful ? [] : random.shuffle(["didnt-fix", "hard-to-follow", "out-of-date", "not-what-i-wanted", "other"]).slice(0, random.int(0, 2));
      const comment = random.chance(helpful ? 0.05 : 0.3) ? random.pick(COMMENTS) : null;
      return { table: "votes", row: { session, article: article.slug, helpful, reasons, comment, at, updatedAt: at } };
    }
    const codes = random.chance(0.7) ? [random.pick(declared)] : random.chance(0.5) ? [random.pick(UNDECLARED)] : [];
    const statuses = codes.length > 0 && /^\d+$/.test(codes[0]!) ? [Number(codes[0])] : [];
    return { table: "pastes", row: { id: uuid(random), at, session, source: random.chance(0.8) ? "home" : "support", codes: codes.filter((code) => !/^\d+$/.test(code)), statuses } };
  };
}
