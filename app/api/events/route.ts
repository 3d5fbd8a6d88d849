import { after } from "next/server";
import { describeIssue, eventSchema } from "@/lib/events/event-schema";
import { admit } from "@/lib/events/http/admit";
import { MAX_BODY_BYTES, readLimitedText } from "@/lib/events/http/body";
import { forbidden, invalid, notRecorded, recorded, tooLarge, tooMany, unavailable, unsupported } from "@/lib/events/http/responses";
import { EmptyFieldError, ingest, toStoredEvent } from "@/lib/events/ingest";
import { maintainIfDue } from "@/lib/events/maintenance";
import { RETRY_AFTER_SECONDS } from "@/lib/events/shared-store";

/**
 * POST /api/events: one event as JSON (`application/json`, or `text/plain` as `sendBeacon` sends a
 * string). 201 once it is committed; 200 `{ recorded: false }` under DNT / GPC; 400 naming the
 * field; 403 from another site; 413 over 4 KB; 429 and 503 with Retry-After. See README, "What
 * the portal records".
 */
export async function POST(request: Request): Promise<Response> {
  const admission = admit(request);
  if (admission.verdict === "forbidden") return forbidden();
  if (admission.verdict === "opted-out") return notRecorded();
  if (admission.verdict === "slow-down") return tooMany(admission.retryAfter);

  const type = request.headers.get("content-type")?.split(";")[0]?.trim().toLowerCase() ?? "";
  if (type !== "application/json" && type !== "text/plain") return unsupported();
  const text = await readLimitedText(request);
  if (text === null) return tooLarge(MAX_BODY_BYTES);
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return invalid("body", "not valid JSON");
  }
  const parsed = eventSchema.safeParse(body);
  if (!parsed.success) {
    const { field, message } = describeIssue(parsed.error);
    return invalid(field, message);
  }
  let event;
  try {
    event = toStoredEvent(parsed.data);
  } catch (error) {
    if (error instanceof EmptyFieldError) return invalid(error.field, "empty once cleaned");
    throw error;
  }
  try {
    await ingest(event);
  } catch {
    return unavailable(RETRY_AFTER_SECONDS);
  }
  after(maintainIfDue);
  return recorded();
}
