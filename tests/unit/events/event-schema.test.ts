import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { describeIssue, eventSchema } from "@/lib/events/event-schema";

const base = () => ({ id: randomUUID(), session: randomUUID() });
const problem = (input: unknown) => {
  const parsed = eventSchema.safeParse(input);
  if (parsed.success) throw new Error(`accepted ${JSON.stringify(input)}`);
  return describeIssue(parsed.error);
};

describe("event schemas", () => {
  it("accepts one well-formed event of each kind", () => {
    const events = [
      { type: "view", ...base(), article: "rate-limit-exceeded" },
      { type: "stuck", ...base(), article: "rate-limit-exceeded" },
      { type: "request_copied", ...base(), article: "rate-limit-exceeded" },
      { type: "vote", ...base(), article: "a", helpful: false, reasons: ["didnt-fix", "other"], comment: "Step 2 was unclear" },
      { type: "vote", ...base(), article: "a", helpful: true },
      { type: "outcome", ...base(), article: "a", step: "check-rate-limit-headers", outcome: "fixed" },
      { type: "outcome", ...base(), article: "a", step: "überprüfen_2", outcome: "none" },
      { type: "search", ...base(), source: "header", query: "429 too many", results: 0 },
      { type: "search", ...base(), source: "page", query: "429", results: 7, opened: { article: "rate-limit-exceeded", position: 1 } },
      { type: "paste", ...base(), source: "home", codes: ["rate_limit_exceeded"], statuses: [429] },
    ];
    for (const event of events) expect(eventSchema.safeParse(event).success, JSON.stringify(event)).toBe(true);
  });

  it("names the field that is wrong", () => {
    expect(problem({ type: "walk", ...base() })).toMatchObject({ field: "type" });
    expect(problem({ type: "view", ...base(), article: "../etc/passwd" })).toEqual({ field: "article", message: "must be an article slug" });
    expect(problem({ type: "view", ...base(), article: "a", extra: 1 })).toEqual({ field: "extra", message: "unknown field" });
    expect(problem({ type: "view", id: "not-a-uuid", session: randomUUID(), article: "a" })).toMatchObject({ field: "id" });
    expect(problem({ type: "vote", ...base(), article: "a", helpful: "yes" })).toMatchObject({ field: "helpful" });
    expect(problem({ type: "vote", ...base(), article: "a", helpful: false, comment: "x".repeat(1001) })).toMatchObject({ field: "comment" });
    expect(problem({ type: "vote", ...base(), article: "a", helpful: false, reasons: ["meh"] })).toMatchObject({ field: "reasons.0" });
    expect(problem({ type: "vote", ...base(), article: "a", helpful: true, reasons: ["other"] })).toEqual({ field: "reasons", message: "reasons go with a No only" });
    expect(problem({ type: "outcome", ...base(), article: "a", step: "<script>", outcome: "fixed" })).toMatchObject({ field: "step" });
    expect(problem({ type: "search", ...base(), source: "header", query: "", results: 0 })).toMatchObject({ field: "query" });
    expect(problem({ type: "search", ...base(), source: "header", query: "x".repeat(201), results: 0 })).toMatchObject({ field: "query" });
    expect(problem({ type: "search", ...base(), source: "header", query: "x", results: 1.5 })).toMatchObject({ field: "results" });
    expect(problem({ type: "search", ...base(), source: "header", query: "x", results: 1, opened: { article: "a", position: 0 } })).toMatchObject({ field: "opened.position" });
    expect(problem({ type: "paste", ...base(), source: "home", codes: ["has space"], statuses: [] })).toMatchObject({ field: "codes.0" });
    expect(problem({ type: "paste", ...base(), source: "home", codes: [], statuses: [42] })).toMatchObject({ field: "statuses.0" });
    expect(problem(null)).toMatchObject({ field: "body" });
    expect(problem([1, 2])).toMatchObject({ field: "body" });
  });
});
