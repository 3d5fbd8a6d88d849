import { randomUUID } from "node:crypto";
import { asc, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recordEvent } from "@/lib/events/record";
import { pageEvents, pastes, searches, stepOutcomes, votes } from "@/lib/events/schema";
import { openTestStore, STORE_KINDS, type TestStore } from "./stores";

const session = randomUUID();

describe.each(STORE_KINDS)("recording events (%s)", (kind) => {
  let test: TestStore;
  beforeAll(async () => {
    test = await openTestStore(kind);
  }, 60_000);
  afterAll(() => test?.dispose());
  const db = () => test.store.db;

  it("stores each kind of event in its table", async () => {
    await recordEvent(db(), { type: "view", id: randomUUID(), session, article: "rate-limit-exceeded" });
    await recordEvent(db(), { type: "stuck", id: randomUUID(), session, article: "rate-limit-exceeded" });
    await recordEvent(db(), { type: "request_copied", id: randomUUID(), session, article: "rate-limit-exceeded" });
    await recordEvent(db(), { type: "vote", session, article: "rate-limit-exceeded", helpful: false, reasons: ["didnt-fix"], comment: "no luck" });
    await recordEvent(db(), { type: "outcome", session, article: "rate-limit-exceeded", step: "check-headers", outcome: "tried" });
    await recordEvent(db(), { type: "search", id: randomUUID(), session, source: "header", query: "429", results: 3, opened: null });
    await recordEvent(db(), { type: "paste", id: randomUUID(), session, source: "home", codes: ["rate_limit_exceeded"], statuses: [429] });

    const kinds = await db().select({ kind: pageEvents.kind }).from(pageEvents).orderBy(asc(pageEvents.kind));
    expect(kinds.map((row) => row.kind)).toEqual(["request_copied", "stuck", "view"]);
    expect(await db().select({ helpful: votes.helpful, reasons: votes.reasons, comment: votes.comment }).from(votes)).toEqual([
      { helpful: false, reasons: ["didnt-fix"], comment: "no luck" },
    ]);
    expect(await db().select({ step: stepOutcomes.step, outcome: stepOutcomes.outcome }).from(stepOutcomes)).toEqual([{ step: "check-headers", outcome: "tried" }]);
    expect(await db().select({ query: searches.query, results: searches.results, position: searches.openedPosition }).from(searches)).toEqual([
      { query: "429", results: 3, position: null },
    ]);
    expect(await db().select({ codes: pastes.codes, statuses: pastes.statuses }).from(pastes)).toEqual([{ codes: ["rate_limit_exceeded"], statuses: [429] }]);
  });

  it("stores a retried send once", async () => {
    const id = randomUUID();
    for (let i = 0; i < 3; i++) await recordEvent(db(), { type: "view", id, session, article: "retried" });
    const [row] = await db().select({ n: sql<number>`count(*)::int` }).from(pageEvents).where(sql`${pageEvents.id} = ${id}`);
    expect(row?.n).toBe(1);
  });

  it("replaces a session's vote and step mark when it changes, keeping the day it was first given", async () => {
    const article = "changed-mind";
    await recordEvent(db(), { type: "vote", session, article, helpful: false, reasons: ["out-of-date"], comment: "old" });
    const [first] = await db().select({ at: votes.at }).from(votes).where(sql`${votes.article} = ${article}`);
    await recordEvent(db(), { type: "vote", session, article, helpful: true, reasons: [], comment: null });
    const rows = await db().select().from(votes).where(sql`${votes.article} = ${article}`);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ helpful: true, reasons: [], comment: null, at: first!.at });

    await recordEvent(db(), { type: "outcome", session, article, step: "one", outcome: "tried" });
    await recordEvent(db(), { type: "outcome", session, article, step: "one", outcome: "fixed" });
    const marks = await db().select({ outcome: stepOutcomes.outcome }).from(stepOutcomes).where(sql`${stepOutcomes.article} = ${article}`);
    expect(marks).toEqual([{ outcome: "fixed" }]);
  });

  it("adds the opened result to a search sent earlier, once", async () => {
    const id = randomUUID();
    const search = { type: "search" as const, id, session, source: "page" as const, query: "bad gateway", results: 4 };
    await recordEvent(db(), { ...search, opened: null });
    await recordEvent(db(), { ...search, opened: { article: "server-errors", position: 2 } });
    await recordEvent(db(), { ...search, opened: { article: "other", position: 4 } });
    const rows = await db().select({ article: searches.openedArticle, position: searches.openedPosition }).from(searches).where(sql`${searches.id} = ${id}`);
    expect(rows).toEqual([{ article: "server-errors", position: 2 }]);
  });
});
