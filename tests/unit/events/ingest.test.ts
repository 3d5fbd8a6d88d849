import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { eventSchema } from "@/lib/events/event-schema";
import { EmptyFieldError, toStoredEvent } from "@/lib/events/ingest";

const base = () => ({ id: randomUUID(), session: randomUUID() });
const stored = (input: object) => toStoredEvent(eventSchema.parse(input));
const KEY = "sk-proj-Zq8vT2nL5xR7wK1mP4sD9fG3hJ6aB0cE";

describe("what an event becomes before it is stored", () => {
  it("redacts comments, and keeps an empty one as none", () => {
    const vote = stored({ type: "vote", ...base(), article: "a", helpful: false, reasons: ["other", "other"], comment: `  I used ${KEY}, mail me at dev@example.com ` });
    expect(vote).toMatchObject({ type: "vote", reasons: ["other"] });
    const comment = (vote as { comment: string }).comment;
    expect(comment).not.toContain(KEY);
    expect(comment).not.toContain("dev@example.com");
    expect(comment.startsWith("I used sk-proj-")).toBe(true);
    expect(stored({ type: "vote", ...base(), article: "a", helpful: false, comment: "   " })).toMatchObject({ comment: null });
  });

  it("normalizes queries after redacting them, so one question counts once however it was typed", () => {
    expect(stored({ type: "search", ...base(), source: "header", query: "  Rate\tLIMIT  headers ", results: 2 })).toMatchObject({ query: "rate limit headers", opened: null });
    const withKey = stored({ type: "search", ...base(), source: "header", query: `401 with ${KEY}`, results: 0 }) as { query: string };
    expect(withKey.query).not.toContain(KEY.toLowerCase());
    expect(withKey.query.startsWith("401 with sk-proj-")).toBe(true);
    expect(() => stored({ type: "search", ...base(), source: "header", query: "\u0000\u200b", results: 0 })).toThrow(EmptyFieldError);
  });

  it("keeps pasted codes that look like codes and drops one that is a secret", () => {
    const paste = stored({ type: "paste", ...base(), source: "home", codes: ["rate_limit_exceeded", "rate_limit_exceeded", "sk-proj-Zq8vT2nL5xR7wK1mP4sD9fG3hJ6aB0cE"], statuses: [429, 429] });
    expect(paste).toMatchObject({ codes: ["rate_limit_exceeded"], statuses: [429] });
  });
});
