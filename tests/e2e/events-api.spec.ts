import { randomUUID } from "node:crypto";
import { expect, test, type APIRequestContext } from "@playwright/test";

/**
 * /api/events as an attacker or a broken client would call it: wrong origin, wrong shape, too big.
 * Every answer is JSON with a sane status, never a 5xx. (The Big List of Naughty Strings in every
 * field is events-naughty.spec.ts.)
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
