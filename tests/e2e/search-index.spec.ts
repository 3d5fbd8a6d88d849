import { expect, test } from "@playwright/test";

/**
 * The search index is cached forever only at the URL named by its content hash; any other URL is
 * revalidated or a calm 404, and a page left open across a release (its hash gone) still searches.
 */
async function hashedIndexUrl(request: import("@playwright/test").APIRequestContext): Promise<string> {
  const html = await (await request.get("/")).text();
  const url = /\/search-index\/[0-9a-f]{16}\.json/.exec(html)?.[0];
  expect(url, "the page names its index by hash").toBeTruthy();
  return url!;
}

test("the hashed index URL is cached for a year, immutable", async ({ request }) => {
  const response = await request.get(await hashedIndexUrl(request));
  expect(response.status()).toBe(200);
  expect(response.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
  expect((await response.json()) as object).toHaveProperty("docs");
});

test("the unhashed index URL answers the current index, revalidated, never immutable", async ({ request }) => {
  for (const url of ["/search-index.json", "/search-index.json?v=0123456789ab"]) {
    const response = await request.get(url);
    expect(response.status()).toBe(200);
    expect(response.headers()["cache-control"]).toBe("public, max-age=0, must-revalidate");
  }
});

test("a wrong or stale hash is a plain 404 that no cache keeps", async ({ request }) => {
  for (const url of ["/search-index/0000000000000000.json", "/search-index/not-a-hash", "/search-index/%"]) {
    const response = await request.get(url);
    expect(response.status()).toBe(404);
    expect(response.headers()["cache-control"] ?? "").not.toContain("immutable");
    expect(response.headers()["content-security-policy"]).toContain("default-src 'self'");
  }
});

test("a page built before a release (its index hash gone) still searches", async ({ page, baseURL }) => {
  // The real server answers this stale hash with its real 404; only the page's request is aimed at it.
  await page.route(/\/search-index\/[0-9a-f]{16}\.json$/, (route) => route.continue({ url: `${baseURL}/search-index/0000000000000000.json` }));
  const fallback = page.waitForResponse((response) => response.url().endsWith("/search-index.json"));
  await page.goto("/articles/api-errors");
  await page.getByRole("combobox", { name: "Search the help center" }).fill("exponential backoff");
  expect((await fallback).status()).toBe(200);
  // From the fallback index, not only the server's results shown while it loads.
  await expect(page.getByRole("listbox", { name: "Search suggestions" })).toHaveAttribute("data-source", "local");
  await expect(page.getByRole("option").first()).toContainText("Rate limit exceeded");
});
