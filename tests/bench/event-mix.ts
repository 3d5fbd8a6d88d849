import { randomUUID } from "node:crypto";
import type { PortalEventInput } from "@/lib/events/event-schema";
import { createRandom } from "./prng";

/**
 * A seeded mix of events in roughly the proportions a help center sees: mostly views, then
 * searches, checklist marks, votes (some with comments to redact), pastes and escalations.
 * Every event has fresh ids and its own session, so each accepted request is exactly one new row.
 */
const ARTICLES = ["rate-limit-exceeded", "invalid-api-key", "permission-denied", "budget-exceeded", "server-errors", "sign-in-problems"];
const STEPS = ["check-rate-limit-headers", "exponential-backoff", "check-the-key", "ask-your-admin"];
const QUERIES = ["429", "rate limit", "invalid api key", "permission denied", "budget exceeded", "flux capacitor error", "sso login loop", "502 bad gateway"];

export function eventMix(seed: number): () => PortalEventInput {
  const random = createRandom(seed);
  return () => {
    const base = { id: randomUUID(), session: randomUUID() };
    const article = random.pick(ARTICLES);
    const roll = random.next();
    if (roll < 0.4) return { type: "view", ...base, article };
    if (roll < 0.6) {
      const results = random.int(0, 7);
      const opened = results > 0 && random.chance(0.6) ? { article, position: random.int(1, results) } : undefined;
      return { type: "search", ...base, source: random.chance(0.7) ? "header" : "page", query: random.pick(QUERIES), results, opened };
    }
    if (roll < 0.75) return { type: "outcome", ...base, article, step: random.pick(STEPS), outcome: random.chance(0.4) ? "fixed" : "tried" };
    if (roll < 0.85) {
      if (random.chance(0.6)) return { type: "vote", ...base, article, helpful: true };
      return { type: "vote", ...base, article, helpful: false, reasons: ["didnt-fix"], comment: "Still 429 after step 2; mail me at dev@example.com" };
    }
    if (roll < 0.9) return { type: "paste", ...base, source: "home", codes: ["rate_limit_exceeded"], statuses: [429] };
    return { type: random.chance(0.5) ? "stuck" : "request_copied", ...base, article };
  };
}
