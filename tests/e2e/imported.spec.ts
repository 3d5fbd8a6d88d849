import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";

/**
 * The imported-site build (`npm run build:imported`): the Zendesk fixture export
 * (tests/fixtures/import/zendesk) brought in by `content:import`. A link from an old ticket — the
 * Zendesk URL with whatever title words it had then, and a heading anchor — must land on the new
 * article, at that heading.
 */
test("an old Zendesk link with title words and a heading anchor lands on the same step", async ({ page }) => {
  await page.goto("/hc/en-us/articles/360001111-Requests-fail-with-401-old-title#h_01HW0AAAA3");
  // The alias answers the old anchor; the page then shows the heading's current id in the address bar.
  await expect(page).toHaveURL(/\/articles\/api-requests-fail-with-401-unauthorized#send-the-key-in-the-authorization-header$/);
  await expect(page.getByRole("heading", { level: 1, name: "API requests fail with 401 Unauthorized" })).toBeVisible();
  const step = page.getByRole("heading", { level: 3, name: /Send the key in the Authorization header/ });
  await expect(step.locator("#h_01HW0AAAA3")).toHaveCount(1);
  await expect(step).toBeInViewport();
});

test("every spelling of an old Zendesk URL redirects by id; an unknown id is a 404", async ({ request }) => {
  for (const path of ["/hc/fr/articles/360002222", "/hc/en-us/articles/360002222-Budget-alerts-never-arrive", "/hc/en-us/articles/360002222/"]) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(308);
    expect(new URL(response.headers().location!, "http://x").pathname, path).toBe("/articles/budget-alerts-never-arrive");
    expect(response.headers()["content-security-policy"], path).toContain("default-src 'self'");
  }
  const unknown = await request.get("/hc/en-us/articles/123456-never-imported", { maxRedirects: 0 });
  expect(unknown.status()).toBe(404);
});

test("a link between imported articles goes to the new URL and heading", async ({ page }) => {
  await page.goto("/articles/api-requests-fail-with-401-unauthorized");
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "the budget article" }).click();
  await expect(page).toHaveURL(/\/articles\/budget-alerts-never-arrive#how-to-fix-it$/);
  await expect(page.getByRole("heading", { level: 3, name: /^How to fix it/ })).toBeInViewport();
});
