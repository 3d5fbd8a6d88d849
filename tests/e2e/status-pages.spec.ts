import { expect, test, type Page } from "@playwright/test";
import { API_INCIDENT_NAME } from "../fakes/status-scenarios";
import { readReport, useScenario, utcTime } from "./status-service";

/** The site-wide banner and the page notices, as readers see them, for each state of the status service. */
const banner = (page: Page) => page.getByRole("complementary", { name: "Service status" });
const noticeHeading = (page: Page, name: string | RegExp) => page.getByRole("heading", { level: 2, name });

test("all clear: no banner, and pages about a component say there is no known incident, as of when", async ({ page, request }) => {
  await useScenario(request, "healthy");
  const report = await readReport(request);
  await page.goto("/articles/high-error-rates");
  await expect(noticeHeading(page, "No known incident on the API")).toBeVisible();
  await expect(page.getByText(`As of ${utcTime(report.asOf!)}`)).toBeVisible();
  await expect(banner(page)).toHaveCount(0);
});

test("an incident: the banner on every page, the notice only on the pages of its component", async ({ page, request }) => {
  await useScenario(request, "incident");
  const [incident] = (await readReport(request)).incidents;
  const identified = incident!.updates.findLast((update) => update.status === "identified")!.at!;

  await page.goto("/articles/authentication-failures");
  await expect(banner(page)).toContainText(`Major incident: ${API_INCIDENT_NAME}`);
  await expect(banner(page)).toContainText(`Update ${utcTime(incident!.updates[0]!.at!)}: A fix is rolling out; error rates are falling.`);
  await expect(banner(page).getByRole("link", { name: "Service status" })).toHaveAttribute("href", "/status");
  await expect(noticeHeading(page, "No known incident on the Dashboard")).toBeVisible();

  for (const path of ["/articles/high-error-rates", "/errors/503", "/symptoms/503-service-unavailable", "/errors/bad_gateway"]) {
    await page.goto(path);
    await expect(noticeHeading(page, `Known incident: ${API_INCIDENT_NAME}`), path).toBeVisible();
    await expect(page.getByText(`Identified ${utcTime(identified)}. Errors like yours may be on our side; you do not need to change anything.`), path).toBeVisible();
    await expect(banner(page), path).toBeVisible();
  }

  // A page no component concerns has the banner but no notice.
  await page.goto("/articles/getting-help");
  await expect(banner(page)).toBeVisible();
  await expect(noticeHeading(page, /incident|Is it on our side/)).toHaveCount(0);
});

test("once the incident is resolved, the banner and the notice are gone", async ({ page, request }) => {
  await useScenario(request, "incident");
  await page.goto("/articles/slow-api-responses");
  await expect(banner(page)).toBeVisible();
  await useScenario(request, "resolved");
  await page.reload();
  await expect(noticeHeading(page, "No known incident on the API")).toBeVisible();
  await expect(banner(page)).toHaveCount(0);
});

test("maintenance: in progress on the banner and its pages, and due soon on the pages of another component", async ({ page, request }) => {
  await useScenario(request, "maintenance");
  await page.goto("/articles/high-error-rates");
  await expect(banner(page)).toContainText("Maintenance in progress: API gateway upgrade");
  await expect(noticeHeading(page, "Maintenance in progress: API gateway upgrade")).toBeVisible();
  await page.goto("/articles/budget-exceeded");
  await expect(noticeHeading(page, "Scheduled maintenance: Billing database upgrade")).toBeVisible();
  const billing = (await readReport(request)).maintenances.find((maintenance) => maintenance.name === "Billing database upgrade")!;
  await expect(page.getByText(`${utcTime(billing.scheduledFor)} to ${utcTime(billing.scheduledUntil)}. Errors during that time may come from it`)).toBeVisible();
});

test("a degraded component without an incident shows too", async ({ page, request }) => {
  await useScenario(request, "degraded");
  await page.goto("/articles/api-errors");
  await expect(banner(page)).toContainText("Degraded performance: API");
  await expect(noticeHeading(page, "API: degraded performance")).toBeVisible();
});

test("the banner can be hidden, and never covers the end of the page", async ({ page, request }) => {
  await useScenario(request, "incident");
  await page.setViewportSize({ width: 360, height: 640 });
  await page.goto("/errors/503");
  await expect(banner(page)).toBeVisible();
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  const last = page.locator("footer a").last();
  await expect(last).toBeInViewport();
  const [link, aside] = [await last.boundingBox(), await banner(page).boundingBox()];
  expect(link!.y + link!.height).toBeLessThanOrEqual(aside!.y);

  await banner(page).getByRole("button", { name: "Hide the service status banner" }).click();
  await expect(banner(page)).toHaveCount(0);
  expect(await page.evaluate(() => document.documentElement.style.getPropertyValue("--status-banner-height"))).toBe("");
});

test("/status works without JavaScript: each incident with its updates in UTC, each component with its articles", async ({ browser, request }) => {
  await useScenario(request, "incident");
  const [incident] = (await readReport(request)).incidents;
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();

  await page.goto("/articles/high-error-rates");
  await page.getByRole("link", { name: "See the service status" }).click();
  await expect(page).toHaveURL(/\/status$/);
  await expect(page.getByRole("heading", { level: 1, name: "Service status" })).toBeVisible();
  await expect(page.getByText("1 open incident.")).toBeVisible();
  const card = page.getByRole("article").filter({ has: page.getByRole("heading", { name: API_INCIDENT_NAME }) });
  await expect(card).toContainText("Major incident · Identified");
  for (const update of incident!.updates) await expect(card.locator(`time[datetime="${update.at}"]`)).toHaveText(utcTime(update.at!));
  await expect(card.getByRole("link", { name: "This incident on the status page" })).toHaveAttribute("href", "https://stspg.example/inc-api-1");

  const api = page.getByRole("listitem").filter({ has: page.getByRole("heading", { level: 3, name: "API", exact: true }) });
  await expect(api).toContainText("Partial outage");
  await expect(api.getByRole("link", { name: "High error rates (many requests failing)" })).toHaveAttribute("href", "/articles/high-error-rates");
  await context.close();
});

test("with JavaScript the banner area's fallback link stays out of sight", async ({ page, request }) => {
  await useScenario(request, "healthy");
  await page.goto("/articles/high-error-rates");
  await expect(noticeHeading(page, "No known incident on the API")).toBeVisible();
  await expect(page.getByRole("link", { name: "See the service status" })).toBeHidden();
});
