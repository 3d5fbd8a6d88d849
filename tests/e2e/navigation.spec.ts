import { expect, test } from "@playwright/test";

test("home → category → article → solution anchor", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();

  await page.getByRole("link", { name: "API errors and rate limits" }).click();
  await expect(page).toHaveURL(/\/categories\/api$/);
  await expect(page.getByRole("heading", { level: 1, name: "API errors and rate limits" })).toBeVisible();

  await page.getByRole("link", { name: /Rate limit exceeded/ }).first().click();
  await expect(page).toHaveURL(/\/articles\/rate-limit-exceeded$/);
  await expect(page.getByRole("navigation", { name: "Breadcrumb" }).getByRole("link", { name: "API errors and rate limits" })).toBeVisible();

  const toc = page.getByRole("navigation", { name: "On this page" }).filter({ visible: true });
  await toc.getByRole("link", { name: /exponential backoff/i }).click();
  await expect(page).toHaveURL(/#exponential-backoff$/);
  const step = page.locator("#exponential-backoff");
  await expect(step).toBeInViewport();
  // The sticky header must not cover the heading the reader jumped to.
  const header = await page.locator("header").first().boundingBox();
  const heading = await step.boundingBox();
  expect(heading!.y).toBeGreaterThanOrEqual(header!.y + header!.height - 1);
});

test("an article shows its summary, symptoms, solutions, footer and related articles", async ({ page }) => {
  await page.goto("/articles/invalid-api-key");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/API key/i);
  await expect(page.getByRole("region", { name: "You might see" })).toContainText("401");
  await expect(page.getByRole("heading", { level: 2, name: "Solutions" })).toBeVisible();
  await expect(page.locator("#verify-key")).toBeVisible();
  const stillStuck = page.getByRole("region", { name: "Still stuck?" });
  await expect(stillStuck).toContainText("Your organization administrator");
  await expect(stillStuck).toContainText("Platform support");
  await expect(page.getByRole("region", { name: "Related articles" }).getByRole("link").first()).toBeVisible();
  await expect(page.locator("time")).toHaveAttribute("datetime", /^\d{4}-\d{2}-\d{2}$/);
});

test("every heading has an anchor link that names its section", async ({ page }) => {
  await page.goto("/articles/rate-limit-exceeded");
  const anchor = page.getByRole("link", { name: "Link to section: Implement exponential backoff" });
  await expect(anchor).toHaveAttribute("href", "#exponential-backoff");
});

test("an unknown article is a real 404 that offers a way on", async ({ page }) => {
  const response = await page.goto("/articles/no-such-article");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: /couldn’t find that page/ })).toBeVisible();
  await page.getByRole("link", { name: "Budgets and billing" }).click();
  await expect(page).toHaveURL(/\/categories\/budget$/);
});

test("an unknown category is a 404 too", async ({ request }) => {
  expect((await request.get("/categories/nope")).status()).toBe(404);
});

test("a category, a code and a symptom of the bundled content fit on one page: no page links, no second page", async ({ page, request }) => {
  for (const path of ["/categories/api", "/errors/429", "/symptoms/429-too-many-requests"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByRole("link", { name: /^Page \d+$/ })).toHaveCount(0);
    await expect(page.getByText(/ · page 1 of /)).toHaveCount(0);
    for (const later of [`${path}/page/1`, `${path}/page/2`]) expect((await request.get(later)).status(), later).toBe(404);
    if (path === "/errors/429") await expect(page.getByRole("heading", { level: 2, name: "Platform codes sent with 429" })).toBeVisible();
  }
});

test("the skip link moves focus to the main content", async ({ page }) => {
  await page.goto("/articles/api-errors");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(page.locator("main")).toBeFocused();
});

test("the theme choice survives a reload without a flash of the other theme", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto("/");
  const toggle = page.getByRole("button", { name: /Colour theme: system/ });
  await toggle.click(); // system → light
  await page.getByRole("button", { name: /Colour theme: light/ }).click(); // light → dark
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  const darkBackground = await page.locator("body").evaluate((body) => getComputedStyle(body).backgroundColor);

  // Record the background at first paint of the next load, before any React code runs.
  await page.addInitScript(() => {
    document.addEventListener("DOMContentLoaded", () => {
      (window as unknown as { firstBackground: string }).firstBackground = getComputedStyle(document.body).backgroundColor;
    });
  });
  await page.reload();
  expect(await page.evaluate(() => (window as unknown as { firstBackground: string }).firstBackground)).toBe(darkBackground);
  await expect(page.getByRole("button", { name: /Colour theme: dark/ })).toBeVisible();
});

test("metadata: title, description, canonical URL and Open Graph", async ({ page }) => {
  await page.goto("/articles/budget-exceeded");
  await expect(page).toHaveTitle(/Budget.*· AIaaS Help Center/);
  await expect(page.locator('meta[name="description"]')).toHaveAttribute("content", /.{20,}/);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", /\/articles\/budget-exceeded$/);
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", /Budget/);
  await expect(page.locator('meta[property="og:type"]')).toHaveAttribute("content", "article");
});

test("sitemap.xml lists every article and robots.txt points to it", async ({ request }) => {
  const sitemap = await (await request.get("/sitemap.xml")).text();
  for (const slug of ["invalid-api-key", "rate-limit-exceeded", "getting-help", "developer-guide"]) {
    expect(sitemap).toContain(`/articles/${slug}</loc>`);
  }
  expect(sitemap).toContain("/categories/budget</loc>");
  const robots = await (await request.get("/robots.txt")).text();
  expect(robots).toMatch(/Sitemap: .*\/sitemap\.xml/);
});
