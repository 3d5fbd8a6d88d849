import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";

/** One page of each type. Later features add their pages here. */
export const PAGE_TYPES = [
  { name: "home", path: "/" },
  { name: "category", path: "/categories/api" },
  { name: "article", path: "/articles/rate-limit-exceeded" },
  { name: "persona guide", path: "/articles/developer-guide" },
  { name: "getting help", path: "/articles/getting-help" },
  { name: "404", path: "/articles/no-such-article" },
  { name: "search results", path: "/search?q=api+key" },
  { name: "symptom", path: "/symptoms/rate-limit-reached" },
  { name: "symptom index", path: "/symptoms" },
  { name: "error code catalogue", path: "/errors" },
  { name: "error code", path: "/errors/429" },
  { name: "shared error code", path: "/errors/500" },
  { name: "article catalogue", path: "/articles" },
  { name: "service status", path: "/status" },
];

for (const { name, path } of PAGE_TYPES) {
  for (const colorScheme of ["light", "dark"] as const) {
    test(`${name} page has no WCAG 2.1 AA violations (${colorScheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expectNoAxeViolations(page);
    });
  }

  test(`${name} page has no WCAG 2.1 AA violations on a 360 px phone`, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectNoAxeViolations(page);
    // Nothing may force sideways scrolling of the whole page on a phone.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });

  test(`${name} page fits the narrowest phone (320 px) without sideways scrolling`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
}

test("an article with the dark theme chosen by toggle has no violations", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto("/articles/invalid-api-key");
  await page.evaluate(() => localStorage.setItem("theme", "dark"));
  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  await expectNoAxeViolations(page);
});
