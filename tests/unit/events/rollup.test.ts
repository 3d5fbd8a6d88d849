import { randomUUID } from "node:crypto";
import { asc, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rollUp } from "@/lib/events/rollup";
import { dailyArticles, dailyPasteCodes, dailyQueries, dailyReasons, dailySteps, dailyTotals, pageEvents, pastes, searches, stepOutcomes, votes } from "@/lib/events/schema";
import { openTestStore, STORE_KINDS, type TestStore } from "./stores";

// Three days of events; the rollup runs on the third.
const at = (day: number, hour: number) => new Date(Date.UTC(2026, 10, day, hour));
const DAY = (day: number) => `2026-11-${String(day).padStart(2, "0")}`;

async function seed(test: TestStore) {
  const db = test.store.db;
  const s = () => randomUUID();
  const page = (day: number, article: string, kind: "view" | "stuck" | "request_copied") => ({ id: s(), session: s(), article, kind, at: at(day, 10) });
  await db.insert(pageEvents).values([
    page(1, "a", "view"),
    page(1, "a", "view"),
    page(1, "a", "stuck"),
    page(2, "a", "view"),
    page(2, "b", "view"),
    page(2, "b", "request_copied"),
    // 23:59 on the 2nd is still the 2nd in UTC.
    { ...page(2, "b", "view"), at: new Date(Date.UTC(2026, 10, 2, 23, 59)) },
  ]);
  await db.insert(votes).values([
    { session: s(), article: "a", helpful: true, at: at(1, 11) },
    { session: s(), article: "a", helpful: false, reasons: ["didnt-fix", "out-of-date"], comment: "x", at: at(1, 12) },
    { session: s(), article: "a", helpful: false, reasons: ["didnt-fix"], at: at(2, 12) },
  ]);
  await db.insert(stepOutcomes).values([
    { session: s(), article: "a", step: "one", outcome: "tried", at: at(1, 9) },
    { session: s(), article: "a", step: "two", outcome: "fixed", at: at(1, 9) },
    { session: s(), article: "a", step: "two", outcome: "fixed", at: at(1, 9) },
    { session: s(), article: "a", step: "two", outcome: "none", at: at(1, 9) },
  ]);
  await db.insert(searches).values([
    { id: s(), session: s(), source: "header", query: "429", results: 3, openedArticle: "a", openedPosition: 1, at: at(1, 8) },
    { id: s(), session: s(), source: "page", query: "429", results: 3, at: at(1, 8) },
    { id: s(), session: s(), source: "header", query: "flux capacitor", results: 0, at: at(1, 8) },
    { id: s(), session: s(), source: "header", query: "flux capacitor", results: 0, at: at(3, 8) },
  ]);
  await db.insert(pastes).values([
    { id: s(), session: s(), source: "home", codes: ["rate_limit_exceeded", "mystery_code"], statuses: [429], at: at(1, 7) },
    { id: s(), session: s(), source: "support", codes: [], statuses: [429], at: at(1, 7) },
    { id: s(), session: s(), source: "home", codes: [], statuses: [], at: at(1, 7) },
  ]);
}

describe.each(STORE_KINDS)("the daily rollup (%s)", (kind) => {
  let test: TestStore;
  beforeAll(async () => {
    test = await openTestStore(kind);
    await seed(test);
  }, 60_000);
  afterAll(() => test?.dispose());
  const db = () => test.store.db;

  it("aggregates every day with raw events, per article, reason, step, query and code", async () => {
    expect(await rollUp(db(), { now: at(3, 12), retentionDays: 180 })).toEqual({ from: DAY(1), through: DAY(3), pruned: 0 });

    expect(await db().select().from(dailyArticles).orderBy(asc(dailyArticles.day), asc(dailyArticles.article))).toEqual([
      { day: DAY(1), article: "a", views: 2, helpful: 1, notHelpful: 1, stuck: 1, requestsCopied: 0 },
      { day: DAY(2), article: "a", views: 1, helpful: 0, notHelpful: 1, stuck: 0, requestsCopied: 0 },
      { day: DAY(2), article: "b", views: 2, helpful: 0, notHelpful: 0, stuck: 0, requestsCopied: 1 },
    ]);
    expect(await db().select().from(dailyReasons).orderBy(asc(dailyReasons.day), asc(dailyReasons.reason))).toEqual([
      { day: DAY(1), article: "a", reason: "didnt-fix", votes: 1 },
      { day: DAY(1), article: "a", reason: "out-of-date", votes: 1 },
      { day: DAY(2), article: "a", reason: "didnt-fix", votes: 1 },
    ]);
    expect(await db().select().from(dailySteps).orderBy(asc(dailySteps.step))).toEqual([
      { day: DAY(1), article: "a", step: "one", fixed: 0, tried: 1 },
      { day: DAY(1), article: "a", step: "two", fixed: 2, tried: 0 },
    ]);
    expect(await db().select().from(dailyQueries).orderBy(asc(dailyQueries.day), asc(dailyQueries.query))).toEqual([
      { day: DAY(1), query: "429", searches: 2, zeroResults: 0, opened: 1 },
      { day: DAY(1), query: "flux capacitor", searches: 1, zeroResults: 1, opened: 0 },
      { day: DAY(3), query: "flux capacitor", searches: 1, zeroResults: 1, opened: 0 },
    ]);
    expect(await db().select().from(dailyPasteCodes).orderBy(asc(dailyPasteCodes.code))).toEqual([
      { day: DAY(1), code: "429", pastes: 2 },
      { day: DAY(1), code: "mystery_code", pastes: 1 },
      { day: DAY(1), code: "rate_limit_exceeded", pastes: 1 },
    ]);
    expect(await db().select().from(dailyTotals).orderBy(asc(dailyTotals.day))).toEqual([
      { day: DAY(1), searches: 3, zeroResults: 1, searchesOpened: 1, pastes: 3, pastesRecognized: 2 },
      { day: DAY(3), searches: 1, zeroResults: 1, searchesOpened: 0, pastes: 0, pastesRecognized: 0 },
    ]);
  });

  it("recomputes only from the day before the last run, so late events land and nothing counts twice", async () => {
    await db().insert(pageEvents).values({ id: randomUUID(), session: randomUUID(), article: "a", kind: "view", at: at(3, 13) });
    // A late row for the 1st is beyond the window: the 1st keeps the figures it had.
    await db().insert(pageEvents).values({ id: randomUUID(), session: randomUUID(), article: "a", kind: "view", at: at(1, 13) });
    expect(await rollUp(db(), { now: at(3, 14), retentionDays: 180 })).toEqual({ from: DAY(2), through: DAY(3), pruned: 0 });
    const views = await db().select({ day: dailyArticles.day, views: dailyArticles.views }).from(dailyArticles).where(sql`${dailyArticles.article} = 'a'`).orderBy(asc(dailyArticles.day));
    expect(views).toEqual([
      { day: DAY(1), views: 2 },
      { day: DAY(2), views: 1 },
      { day: DAY(3), views: 1 },
    ]);
  });

  it("deletes raw events past retention and keeps their aggregates", async () => {
    // On the 4th, keeping 2 days: raw rows before the 2nd go.
    const result = await rollUp(db(), { now: at(4, 1), retentionDays: 2 });
    expect(result).toMatchObject({ from: DAY(2), through: DAY(4) });
    expect(result!.pruned).toBeGreaterThan(10);
    const [oldest] = await db().select({ first: sql<string>`min(at)::text` }).from(pageEvents);
    expect(oldest!.first.startsWith(DAY(2))).toBe(true);
    const [kept] = await db().select({ views: dailyArticles.views }).from(dailyArticles).where(sql`${dailyArticles.day} = ${DAY(1)} and ${dailyArticles.article} = 'a'`);
    expect(kept).toEqual({ views: 2 });
    const [totals] = await db().select().from(dailyTotals).where(sql`${dailyTotals.day} = ${DAY(1)}`);
    expect(totals).toMatchObject({ searches: 3, pastes: 3 });
  });
});
