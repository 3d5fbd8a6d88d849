import { expect, test } from "@playwright/test";
import { NOT_FOUND_HEADER } from "@/lib/routes";
import { rawGet } from "./raw-http";

/**
 * Nothing in a URL may break a page: a malformed percent escape in the path gets the 404 page with
 * every security header (Next.js alone answers a bare 500 while decoding route params), and one in
 * the #hash leaves the article on screen.
 */
const MALFORMED_PATHS = [
  "/%",
  "/articles/%",
  "/articles/%E0%A4%A",
  "/articles/rate-limit-exceeded%",
  "/articles/%ZZ",
  "/errors/%C0%AF",
  "/errors/%",
  "/symptoms/%E0",
  "/categories/%",
  "/categories/api/page/%",
  "/errors/429/page/%E0",
  "/search/%",
  "/articles/%/",
  "/no-such-page%",
];
const LEAK = /\n\s+at [\w$.<>[\] ]+ \(|node_modules|webpack-internal:|\/\.next\/server|Internal Server Error/;

for (const path of MALFORMED_PATHS) {
  test(`${path} answers the 404 page with the security headers`, async ({ baseURL }) => {
    const response = await rawGet(baseURL!, path);
    expect(response.status).toBe(404);
    expect(response.headers["content-security-policy"]).toContain("default-src 'self'");
    expect(response.headers["x-content-type-options"]).toBe("nosniff");
    expect(response.headers["x-frame-options"]).toBe("DENY");
    expect(response.body).toContain("We couldn’t find that page");
    expect(response.body).not.toMatch(LEAK);
  });
}

test("well-formed escapes still reach their pages", async ({ baseURL }) => {
  expect((await rawGet(baseURL!, "/articles/rate-limit%2Dexceeded")).status).toBe(200);
  expect((await rawGet(baseURL!, "/search?q=%25")).status).toBe(200);
});

for (const hash of ["#%", "#%E0%A4%A", "#%ZZ", "#backoff%"]) {
  test(`an article opened with ${hash} still shows the article`, async ({ page }) => {
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await page.goto(`/articles/rate-limit-exceeded${hash}`);
    await expect(page.getByRole("heading", { level: 1, name: /Rate limit exceeded/ })).toBeVisible();
    // Hydrated: the step controls are enabled only once React runs.
    await expect(page.getByRole("button", { name: "This fixed it" }).first()).toBeEnabled();
    await expect(page.getByText("This page couldn't load")).toHaveCount(0);
    expect(errors).toEqual([]);
  });
}

test("an old anchor with a malformed escape after it does not break the alias", async ({ page }) => {
  await page.goto("/articles/rate-limit-exceeded#backoff");
  await expect(page).toHaveURL(/#exponential-backoff$/);
  await page.evaluate(() => {
    window.location.hash = "%E0%A4";
  });
  await expect(page.getByRole("heading", { level: 1, name: /Rate limit exceeded/ })).toBeVisible();
  await expect(page.getByText("This page couldn't load")).toHaveCount(0);
});

test("the proxy's mark for the 404 page cannot be sent from outside to make a known page a 404", async ({ request }) => {
  // A cache in front would keep that 404 for everyone.
  for (const path of ["/", "/articles/rate-limit-exceeded", "/articles/rate-limit-exceeded.md", "/errors/429", "/symptoms", "/search?q=429"]) {
    const response = await request.get(path, { headers: { [NOT_FOUND_HEADER]: "1" } });
    expect(response.status(), path).toBe(200);
  }
});
