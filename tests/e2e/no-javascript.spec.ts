import { expect, test } from "@playwright/test";

test.use({ javaScriptEnabled: false });

test("the portal reads and navigates without JavaScript", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: "Roles and permissions" }).click();
  await expect(page).toHaveURL(/\/categories\/access$/);
  await page.getByRole("link", { name: /Permission denied/i }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.locator(".article-body h3").first()).toBeVisible();
});

test("the table of contents on a phone is a disclosure that opens without JavaScript", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto("/articles/rate-limit-exceeded");
  const disclosure = page.locator("details").filter({ hasText: "On this page" });
  await disclosure.locator("summary").click();
  await expect(disclosure.getByRole("link", { name: /exponential backoff/i })).toBeVisible();
});
