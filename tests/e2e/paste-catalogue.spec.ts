import { expect, test, type APIRequestContext } from "@playwright/test";

/**
 * The paste box's catalogue (every article that claims a code) is a file fetched on first use, not
 * a prop every page view parses: cached forever at its hashed URL, revalidated at its fixed one.
 */
async function hashedCatalogueUrl(request: APIRequestContext, page = "/"): Promise<string> {
  const html = await (await request.get(page)).text();
  const url = /\/paste-catalogue\/[0-9a-f]{16}\.json/.exec(html)?.[0];
  expect(url, `${page} names the catalogue by hash`).toBeTruthy();
  return url!;
}

test("pages carry the catalogue's URL, not the catalogue", async ({ request }) => {
  for (const page of ["/", "/errors"]) {
    const url = await hashedCatalogueUrl(request, page);
    const html = await (await request.get(page)).text();
    // `starts` (each article's first step per code) is a field of the catalogue only, escaped or not.
    expect(html).not.toMatch(/\\?"starts\\?":/);
    expect(url).toBe(await hashedCatalogueUrl(request, "/"));
  }
});

test("the hashed catalogue is cached for a year, immutable, and holds articles and platform codes", async ({ request }) => {
  const response = await request.get(await hashedCatalogueUrl(request));
  expect(response.status()).toBe(200);
  expect(response.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
  const catalogue = (await response.json()) as { articles: { slug: string; starts: Record<string, { id: string }> }[]; platformCodes: string[] };
  expect(catalogue.platformCodes).toContain("invalid_api_key");
  expect(catalogue.articles.find((article) => article.slug === "invalid-api-key")?.starts.invalid_api_key?.id).toBe("verify-key");
});

test("the unhashed catalogue answers the current one, revalidated; a wrong hash is a plain 404", async ({ request }) => {
  const current = await request.get("/paste-catalogue.json");
  expect(current.status()).toBe(200);
  expect(current.headers()["cache-control"]).toBe("public, max-age=0, must-revalidate");
  expect(await current.json()).toEqual(await (await request.get(await hashedCatalogueUrl(request))).json());
  for (const url of ["/paste-catalogue/0000000000000000.json", "/paste-catalogue/not-a-hash", "/paste-catalogue/%"]) {
    const response = await request.get(url);
    expect(response.status()).toBe(404);
    expect(response.headers()["cache-control"] ?? "").not.toContain("immutable");
  }
});

test("the catalogue loads when the paste box is first used, not with the page", async ({ page }) => {
  const fetched: string[] = [];
  page.on("request", (request) => {
    if (request.url().includes("/paste-catalogue")) fetched.push(request.url());
  });
  await page.goto("/");
  const box = page.getByRole("textbox", { name: /Paste an error/ });
  await expect(box).toBeEnabled();
  expect(fetched).toEqual([]);
  const loaded = page.waitForResponse((response) => response.url().includes("/paste-catalogue/"));
  await box.fill("HTTP/1.1 429 Too Many Requests");
  expect((await loaded).status()).toBe(200);
  await expect(page.getByRole("link", { name: /Best match: Rate limit exceeded/ })).toBeVisible();
  expect(fetched).toHaveLength(1);
});

test("a page built before a release (its catalogue hash gone) still reads pastes", async ({ page, baseURL }) => {
  // The real server answers this stale hash with its real 404; only the page's request is aimed at it.
  await page.route(/\/paste-catalogue\/[0-9a-f]{16}\.json$/, (route) => route.continue({ url: `${baseURL}/paste-catalogue/0000000000000000.json` }));
  const fallback = page.waitForResponse((response) => response.url().endsWith("/paste-catalogue.json"));
  await page.goto("/errors");
  await page.getByRole("textbox", { name: /Paste an error/ }).fill('{"error": {"code": "invalid_api_key"}}');
  expect((await fallback).status()).toBe(200);
  await expect(page.getByRole("link", { name: /Best match: Invalid API key/ })).toBeVisible();
});

test("when the catalogue cannot load, the box says so, and reads the paste once it can", async ({ page }) => {
  let refuse = true;
  await page.route(/\/paste-catalogue/, (route) => (refuse ? route.abort("internetdisconnected") : route.continue()));
  await page.goto("/");
  const box = page.getByRole("textbox", { name: /Paste an error/ });
  await box.fill("HTTP/1.1 429 Too Many Requests");
  await expect(page.getByText("We couldn’t load what reads your error")).toBeVisible();
  refuse = false;
  await box.press("End");
  await box.pressSequentially(" ");
  await expect(page.getByRole("link", { name: /Best match: Rate limit exceeded/ })).toBeVisible();
  await expect(page.getByText("We couldn’t load what reads your error")).toHaveCount(0);
});
