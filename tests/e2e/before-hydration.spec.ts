import { expect, test, type Page } from "@playwright/test";

/**
 * With JavaScript on, the head script shows the interactive parts from the first paint, while
 * React's scripts may still be on their way (a slow phone, a slow network). Nothing a reader does
 * in that moment may be lost. Here the site's scripts are held back until the test lets them go.
 */
async function holdScripts(page: Page): Promise<() => void> {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/_next\/static\/.*\.js$/, async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

test("a solution step's buttons refuse a click until they can record it, then record it", async ({ page }) => {
  const release = await holdScripts(page);
  await page.goto("/articles/rate-limit-exceeded", { waitUntil: "domcontentloaded" });
  const tried = page.getByRole("button", { name: "Tried — didn’t help" });
  await expect(tried.first()).toBeVisible();
  await expect(tried.first()).toBeDisabled();
  await expect(page.getByRole("button", { name: "This fixed it" }).first()).toBeDisabled();

  release();
  await expect(tried.first()).toBeEnabled();
  await tried.first().click();
  await expect(tried.first()).toHaveAttribute("aria-pressed", "true");
  await expect(page.getByText("Marked as tried: 1 of 5 steps.")).toBeVisible();
});

test("words typed in the catalogue filter before the page is ready are applied when it is", async ({ page }) => {
  const release = await holdScripts(page);
  await page.goto("/articles", { waitUntil: "domcontentloaded" });
  const rows = page.locator("#article-catalogue tbody tr");
  const total = await rows.count();
  await page.getByRole("searchbox", { name: "Filter articles" }).fill("payment required");
  // Nothing filters yet: no script has run.
  await expect(rows.filter({ visible: true })).toHaveCount(total);

  release();
  await expect(page.getByRole("status").filter({ hasText: "articles" })).toHaveText(`1 of ${total} articles`);
  await expect(rows.filter({ visible: true })).toHaveCount(1);
  await expect(rows.filter({ visible: true })).toContainText("Budget exceeded");
});

test("the theme toggle refuses a click until it can act on it, then switches the theme", async ({ page }) => {
  const release = await holdScripts(page);
  await page.goto("/", { waitUntil: "domcontentloaded" });
  const toggle = page.getByRole("button", { name: /Colour theme: system/ });
  await expect(toggle).toBeVisible();
  await expect(toggle).toBeDisabled();

  release();
  await toggle.click();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "light");
});

test("copy buttons refuse a click until they can copy, then copy", async ({ page, context, baseURL }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const release = await holdScripts(page);
  await page.goto("/articles/rate-limit-exceeded", { waitUntil: "domcontentloaded" });
  const copy = page.getByRole("button", { name: "Copy link to “Implement exponential backoff”" });
  await expect(copy).toBeVisible();
  await expect(copy).toBeDisabled();

  release();
  await copy.click();
  await expect(page.getByRole("status").filter({ hasText: "Link copied" })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/articles/rate-limit-exceeded#exponential-backoff`);
});
