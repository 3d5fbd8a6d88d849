/**
 * What the browser may send to /api/events: one zod schema per kind of event, sharing the id and
 * session fields. Strict objects, so a misspelled or extra field is a 400 naming it. The server
 * normalizes and redacts after this (lib/events/ingest.ts); this only says what is well-formed.
 *
 * Article slugs and step ids are checked for shape only: the event endpoints never read content
 * (the running server may not have it), and insights join events to articles by slug later.
 */
import { z } from "zod";
import { MAX_QUERY_LENGTH } from "@/lib/search/limits";
import { FEEDBACK_REASON_IDS, MAX_COMMENT_LENGTH } from "./reasons";

const slug = z.string().max(100).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: "must be an article slug" });
// Heading ids come from github-slugger: lowercase letters of any script, digits, hyphens, underscores.
const stepId = z.string().min(1).max(100).regex(/^[\p{Ll}\p{Lo}\p{Nd}_-]+$/u, { error: "must be a heading id" });
// Platform codes as the paste box found them (JSON `code` values, known or not).
const pastedCode = z.string().max(64).regex(/^[A-Za-z][A-Za-z0-9_.-]*$/, { error: "must be an error code" });

const base = { id: z.uuid(), session: z.uuid() };

export const viewEvent = z.strictObject({ type: z.literal("view"), ...base, article: slug });
export const stuckEvent = z.strictObject({ type: z.literal("stuck"), ...base, article: slug });
export const requestCopiedEvent = z.strictObject({ type: z.literal("request_copied"), ...base, article: slug });

export const voteEvent = z
  .strictObject({
    type: z.literal("vote"),
    ...base,
    article: slug,
    helpful: z.boolean(),
    reasons: z.array(z.enum(FEEDBACK_REASON_IDS)).max(FEEDBACK_REASON_IDS.length).default([]),
    comment: z.string().max(MAX_COMMENT_LENGTH).optional(),
  })
  .refine((vote) => !vote.helpful || vote.reasons.length === 0, { path: ["reasons"], error: "reasons go with a No only" });

export const outcomeEvent = z.strictObject({
  type: z.literal("outcome"),
  ...base,
  article: slug,
  step: stepId,
  outcome: z.enum(["fixed", "tried", "none"]),
});

export const searchEvent = z.strictObject({
  type: z.literal("search"),
  ...base,
  source: z.enum(["header", "page"]),
  query: z.string().min(1).max(MAX_QUERY_LENGTH),
  results: z.int().min(0).max(1000),
  opened: z.strictObject({ article: slug, position: z.int().min(1).max(100) }).optional(),
});

export const pasteEvent = z.strictObject({
  type: z.literal("paste"),
  ...base,
  source: z.enum(["home", "support"]),
  codes: z.array(pastedCode).max(20),
  statuses: z.array(z.int().min(100).max(599)).max(20),
});

export const eventSchema = z.discriminatedUnion("type", [
  viewEvent,
  stuckEvent,
  requestCopiedEvent,
  voteEvent,
  outcomeEvent,
  searchEvent,
  pasteEvent,
]);

/** An event as the browser builds it (before defaults). */
export type PortalEventInput = z.input<typeof eventSchema>;
export type PortalEvent = z.output<typeof eventSchema>;

/** The first problem of a failed parse, as `{ field, message }` for a 400 answer. */
export function describeIssue(error: z.ZodError): { field: string; message: string } {
  const issue = error.issues[0];
  if (!issue) return { field: "body", message: "invalid event" };
  const keys = issue.code === "unrecognized_keys" ? issue.keys : [];
  const path = [...issue.path, ...keys.slice(0, 1)].map(String);
  const field = path.length > 0 ? path.join(".") : "body";
  return { field, message: issue.code === "unrecognized_keys" ? "unknown field" : issue.message };
}
