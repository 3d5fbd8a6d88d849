import { after } from "next/server";
import { describeIssue, voteEvent } from "@/lib/events/event-schema";
import { admit } from "@/lib/events/http/admit";
import { MAX_BODY_BYTES, readLimitedText } from "@/lib/events/http/body";
import { forbidden, invalid, tooLarge, unsupported } from "@/lib/events/http/responses";
import { ingest, toStoredEvent } from "@/lib/events/ingest";
import { maintainIfDue } from "@/lib/events/maintenance";

/**
 * POST /api/events/vote: "Was this helpful?" as a plain HTML form, for pages without JavaScript.
 * Answers 303 back to the article: `#feedback-thanks` once stored (or not stored, under DNT / GPC),
 * `#feedback-failed` when the store is down or the visitor is going too fast; the article shows
 * the matching message with CSS `:target`, so no script is needed. Without JavaScript there is no
 * session id, so each such vote is a session of its own.
 */
export async function POST(request: Request): Promise<Response> {
  const admission = admit(request);
  if (admission.verdict === "forbidden") return forbidden();

  const type = request.headers.get("content-type")?.split(";")[0]?.trim().toLowerCase() ?? "";
  if (type !== "application/x-www-form-urlencoded") return unsupported();
  const text = await readLimitedText(request);
  if (text === null) return tooLarge(MAX_BODY_BYTES);
  const form = new URLSearchParams(text);
  const helpful = form.get("helpful");
  const parsed = voteEvent.safeParse({
    type: "vote",
    id: crypto.randomUUID(),
    session: crypto.randomUUID(),
    article: form.get("article") ?? "",
    helpful: helpful === "yes" ? true : helpful === "no" ? false : helpful,
    reasons: helpful === "yes" ? [] : form.getAll("reason"),
    comment: helpful === "yes" ? undefined : form.get("comment") || undefined,
  });
  if (!parsed.success) {
    const { field, message } = describeIssue(parsed.error);
    return invalid(field, message);
  }
  const back = (fragment: string) => new Response(null, { status: 303, headers: { Location: `/articles/${parsed.data.article}#${fragment}`, "Cache-Control": "no-store" } });
  if (admission.verdict === "opted-out") return back("feedback-thanks");
  if (admission.verdict === "slow-down") return back("feedback-failed");
  try {
    await ingest(toStoredEvent(parsed.data));
  } catch {
    return back("feedback-failed");
  }
  after(maintainIfDue);
  return back("feedback-thanks");
}
