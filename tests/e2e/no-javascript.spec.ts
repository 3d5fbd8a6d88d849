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

// A button outside a form needs a script to do anything: without JavaScript none may be offered
// (the controls that need one keep their place hidden, `js-only`).
for (const path of ["/", "/articles/rate-limit-exceeded", "/articles", "/errors", "/errors/429", "/symptoms", "/status"]) {
  test(`no dead button without JavaScript on ${path}`, async ({ page }) => {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    expect(await page.locator("button").count(), "buttons in the HTML (the header's theme toggle at least)").toBeGreaterThan(0);
    const dead = await page.locator("button:visible").evaluateAll((buttons) =>
      buttons.filter((button) => !button.closest("form")).map((button) => button.getAttribute("aria-label") ?? button.textContent),
    );
    expect(dead).toEqual([]);
  });
}
