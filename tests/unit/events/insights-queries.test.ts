import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dayOf } from "@/lib/events/days";
import { pageEvents, pastes, searches, stepOutcomes, votes } from "@/lib/events/schema";
import type { InsightsCatalogue } from "@/lib/insights/catalogue";
import { catchUp } from "@/lib/insights/freshness";
import { articleInsights } from "@/lib/insights/queries/articles";
import { latestComments } from "@/lib/insights/queries/comments";
import { publicStepOutcomes } from "@/lib/insights/queries/outcomes";
import { undeclaredPastedCodes, unopenedQueries, zeroResultQueries } from "@/lib/insights/queries/searches";
import { stepInsights } from "@/lib/insights/queries/steps";
import { trend } from "@/lib/insights/queries/trend";
import { parseWindow, type InsightsWindow } from "@/lib/insights/window";
import { openTestStore, STORE_KINDS, type TestStore } from "./stores";

// Events are placed relative to now, because insights read "the last N days" up to today.
const NOW = new Date();
const ago = (days: number, hour = 10) => {
  const time = new Date(Date.UTC(NOW.getUTCFullYear(), NOW.getUTCMonth(), NOW.getUTCDate() - days, hour));
  return time > NOW ? new Date(NOW.getTime() - 1000) : time;
};

const catalogue: InsightsCatalogue = {
  articles: new Map([
    ["a", { slug: "a", title: "Article A", url: "/articles/a", steps: [{ id: "one", title: "One" }, { id: "two", title: "Two" }, { id: "three", title: "Three" }], symptoms: [], errorCodes: ["429"], showOutcomes: true }],
    ["b", { slug: "b", title: "Article B", url: "/articles/b", steps: [{ id: "only", title: "Only" }], symptoms: [], errorCodes: ["rate_limit_exceeded"], showOutcomes: true }],
  ]),
  declaredCodes: new Set(["429", "rate_limit_exceeded"]),
};

async function seed(db: TestStore["store"]["db"]) {
  const s = () => randomUUID();
  const view = (article: string, days: number, kind: "view" | "stuck" | "request_copied" = "view") => ({ id: s(), session: s(), article, kind, at: ago(days) });
  await db.insert(pageEvents).values([
    ...Array.from({ length: 10 }, () => view("a", 1)),
    ...Array.from({ length: 4 }, () => view("b", 2)),
    view("a", 1, "stuck"),
    view("a", 1, "stuck"),
    view("b", 2, "request_copied"),
    // Outside a 7-day window, inside 30.
    ...Array.from({ length: 5 }, () => view("b", 20)),
    view("b", 20, "stuck"),
  ]);
  await db.insert(votes).values([
    { session: s(), article: "a", helpful: false, reasons: ["didnt-fix", "out-of-date"], comment: "key sk-…redacted did not work", at: ago(1, 9), updatedAt: ago(1, 9) },
    { session: s(), article: "a", helpful: false, reasons: ["didnt-fix"], at: ago(1, 11), updatedAt: ago(1, 11) },
    { session: s(), article: "a", helpful: true, at: ago(2), updatedAt: ago(2) },
    { session: s(), article: "b", helpful: true, comment: "thanks", at: ago(2, 12), updatedAt: ago(2, 12) },
    { session: s(), article: "b", helpful: true, comment: "old", at: ago(20), updatedAt: ago(20) },
  ]);
  const outcome = (step: string, result: "fixed" | "tried", days = 1, article = "a") => ({ session: s(), article, step, outcome: result, at: ago(days), updatedAt: ago(days) });
  await db.insert(stepOutcomes).values([
    // Step one: 2 of 12 fixed; step two: 9 of 10; step three: 1 of 2 (too few to compare).
    ...Array.from({ length: 2 }, () => outcome("one", "fixed")),
    ...Array.from({ length: 10 }, () => outcome("one", "tried")),
    ...Array.from({ length: 9 }, () => outcome("two", "fixed")),
    outcome("two", "tried"),
    outcome("three", "fixed"),
    outcome("three", "tried"),
    outcome("removed-step", "fixed"),
    // b's only step: 21 outcomes, enough to show visitors (16 fixed).
    ...Array.from({ length: 16 }, () => outcome("only", "fixed", 3, "b")),
    ...Array.from({ length: 5 }, () => outcome("only", "tried", 3, "b")),
  ]);
  const search = (query: string, results: number, days = 1, opened?: number) => ({ id: s(), session: s(), source: "header" as const, query, results, at: ago(days), openedArticle: opened ? "a" : null, openedPosition: opened ?? null });
  await db.insert(searches).values([
    search("flux capacitor", 0),
    search("flux capacitor", 0, 2),
    search("flux capacitor", 0, 40),
    search("quota", 0),
    search("429", 3, 1, 1),
    search("429", 3),
    search("billing export", 2),
    search("billing export", 2),
    search("invoice", 1),
  ]);
  await db.insert(pastes).values([
    { id: s(), session: s(), source: "home", codes: ["mystery_code", "rate_limit_exceeded"], statuses: [429, 418], at: ago(1) },
    { id: s(), session: s(), source: "home", codes: ["mystery_code"], statuses: [], at: ago(2) },
  ]);
}

describe.each(STORE_KINDS)("insights queries (%s)", (kind) => {
  let test: TestStore;
  let week: InsightsWindow;
  let month: InsightsWindow;
  const db = () => test.store.db;
  beforeAll(async () => {
    test = await openTestStore(kind);
    await seed(test.store.db);
    week = parseWindow("7", NOW)!;
    month = parseWindow("30", NOW)!;
  }, 120_000);
  afterAll(() => test?.dispose());

  it("rolls up what is new before reading, and does nothing when nothing is", async () => {
    expect(await catchUp(db(), 180)).toBe(true);
    expect(await catchUp(db(), 180)).toBe(false);
  });

  it("orders articles by the visitors they failed, with views, helpful %, reasons and escalation", async () => {
    const rows = await articleInsights(db(), week, catalogue);
    expect(rows.map((row) => row.article)).toEqual(["a", "b"]);
    expect(rows[0]).toEqual({
      article: "a",
      title: "Article A",
      views: 10,
      votes: 3,
      helpful: 1,
      notHelpful: 2,
      helpfulRate: 1 / 3,
      reasons: [
        { reason: "didnt-fix", votes: 2 },
        { reason: "out-of-date", votes: 1 },
      ],
      escalations: 2,
      escalationRate: 0.2,
      requestsCopied: 0,
      failed: 4,
    });
    expect(rows[1]).toMatchObject({ views: 4, votes: 1, helpfulRate: 1, escalations: 0, requestsCopied: 1, failed: 0 });
    const monthly = await articleInsights(db(), month, catalogue);
    expect(monthly.find((row) => row.article === "b")).toMatchObject({ views: 9, escalations: 1, failed: 1 });
  });

  it("lists the latest comments in the window, newest first", async () => {
    expect((await latestComments(db(), week, catalogue)).map((row) => [row.article, row.comment, row.helpful, row.reasons])).toEqual([
      ["a", "key sk-…redacted did not work", false, ["didnt-fix", "out-of-date"]],
      ["b", "thanks", true, []],
    ]);
    expect((await latestComments(db(), month, catalogue)).map((row) => row.comment)).toContain("old");
  });

  it("gives each step its success rate in the article's order and flags the one that beats the step above", async () => {
    const rows = await stepInsights(db(), week, catalogue);
    const a = rows.filter((row) => row.article === "a").map((row) => [row.step, row.position, row.fixed, row.tried, row.considerMovingUp]);
    expect(a).toEqual([
      ["one", 1, 2, 10, false],
      ["two", 2, 9, 1, true],
      ["three", 3, 1, 1, false],
      ["removed-step", null, 1, 0, false],
    ]);
    expect(rows.find((row) => row.step === "two")!.successRate).toBeCloseTo(0.9);
    // Articles with the most outcomes first.
    expect(rows[0]!.article).toBe("a");
  });

  it("finds searches with no results, searches nobody opened, and pasted codes no article declares", async () => {
    expect(await zeroResultQueries(db(), week)).toEqual([
      { query: "flux capacitor", zeroResults: 2, searches: 2 },
      { query: "quota", zeroResults: 1, searches: 1 },
    ]);
    expect((await zeroResultQueries(db(), parseWindow("90", NOW)!))[0]).toEqual({ query: "flux capacitor", zeroResults: 3, searches: 3 });
    expect(await unopenedQueries(db(), week)).toEqual([
      { query: "billing export", withResults: 2 },
      { query: "invoice", withResults: 1 },
    ]);
    expect(await undeclaredPastedCodes(db(), week, catalogue)).toEqual([
      { code: "mystery_code", pastes: 2 },
      { code: "418", pastes: 1 },
    ]);
  });

  it("gives one trend row per day of the window, zeros included", async () => {
    const days = await trend(db(), week);
    expect(days).toHaveLength(7);
    expect(days.at(-1)!.day).toBe(dayOf(NOW));
    const yesterday = days.find((day) => day.day === dayOf(ago(1)))!;
    expect(yesterday).toMatchObject({ views: 10, votes: 2, helpfulRate: 0, searches: 7, zeroResults: 2, zeroResultRate: 2 / 7, escalations: 2 });
    expect(days.find((day) => day.day === dayOf(ago(5)))).toMatchObject({ views: 0, votes: 0, helpfulRate: null, zeroResultRate: null });
  });

  it("shows visitors a step's figures only from 20 outcomes on", async () => {
    expect(await publicStepOutcomes(db(), "b", NOW)).toEqual({ only: { fixed: 16, total: 21 } });
    expect(await publicStepOutcomes(db(), "a", NOW)).toEqual({});
  });
});
