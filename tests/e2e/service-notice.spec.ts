import { expect, test } from "@playwright/test";

/**
 * The portal as `npm run portal` serves it: no status service configured, and the bundled
 * `content/status.yml` posts no notice. Everything is quiet, and says so.
 */
test("with no status service and no notice, /api/status and the pages say all is clear", async ({ page, request }) => {
  const response = await request.get("/api/status");
  expect(response.status()).toBe(200);
  expect(response.headers()["cache-control"]).toBe("public, max-age=0, s-maxage=5");
  const report = await response.json();
  expect(report).toMatchObject({ version: 1, source: "notice", state: "current", asOf: null, incidents: [], maintenances: [] });
  expect(report.components.map((component: { name: string; status: string }) => [component.name, component.status])).toEqual([
    ["API", "operational"],
    ["Dashboard", "operational"],
    ["Billing", "operational"],
  ]);

  await page.goto("/articles/slow-api-responses");
  await expect(page.getByRole("heading", { level: 2, name: "No known incident on the API" })).toBeVisible();
  await expect(page.getByRole("complementary", { name: "Service status" })).toHaveCount(0);

  await page.getByRole("contentinfo").getByRole("link", { name: "Service status" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Service status" })).toBeVisible();
  await expect(page.getByText("The support team has posted no notice.")).toBeVisible();
});
