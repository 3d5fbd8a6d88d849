import { expect, test } from "@playwright/test";

/** One URL of every kind the server answers: pages, 404s, JSON, static files, redirects. */
const RESPONSES = [
  "/",
  "/articles/rate-limit-exceeded",
  "/categories/api",
  "/search?q=429",
  "/api/search?q=429",
  "/api/search?q=x&limit=oops",
  "/api/status",
  "/status",
  "/errors/429",
  "/errors.json",
  "/articles.json",
  "/sitemap.xml",
  "/robots.txt",
  "/icon.svg",
  "/no-such-page",
  "/articles/too-many-requests",
  "/articles/api-errors/",
  "/articles/rate-limit-exceeded.md",
  "/articles/too-many-requests.md",
  "/llms.txt",
  "/llms-full.txt",
  "/opensearch.xml",
  "/api/suggest?q=429",
  "/api/mcp",
];

for (const path of RESPONSES) {
  test(`${path} carries the security headers`, async ({ request }) => {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status()).toBeLessThan(500);
    const headers = response.headers();
    const csp = headers["content-security-policy"] ?? "";
    for (const directive of ["default-src 'self'", "object-src 'none'", "base-uri 'self'", "frame-ancestors 'none'", "script-src 'self'"]) {
      expect(csp).toContain(directive);
    }
    // No third-party origin anywhere in the policy.
    expect(csp).not.toMatch(/https?:|\*|'unsafe-eval'/);
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(headers["permissions-policy"]).toContain("camera=()");
    expect(headers["permissions-policy"]).toContain("geolocation=()");
    expect(headers["x-powered-by"]).toBeUndefined();
  });
}

test("a static chunk carries the headers too", async ({ page, request }) => {
  await page.goto("/");
  const chunk = await page.locator("script[src^='/_next/static/']").first().getAttribute("src");
  const response = await request.get(chunk!);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-security-policy"]).toContain("default-src 'self'");
  expect(response.headers()["x-content-type-options"]).toBe("nosniff");
});

test("using the site breaks no rule of its own policy", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  await page.goto("/");
  await page.getByRole("combobox", { name: "Search the help center" }).fill("rate limit");
  await expect(page.getByRole("option").first()).toBeVisible();
  await page.getByRole("textbox", { name: /Paste an error/ }).fill("HTTP/1.1 401 Unauthorized");
  await expect(page.getByRole("link", { name: /Best match/ })).toBeVisible();
  await page.goto("/articles/budget-exceeded");
  await page.getByRole("button", { name: "I’m still stuck: build a support request" }).click();
  await expect(page.getByRole("region", { name: "Your support request" })).toBeVisible();
  await page.getByRole("button", { name: /Colour theme/ }).click();
  expect(violations).toEqual([]);
});
