import { expect, test, type Page } from "@playwright/test";
import { API_INCIDENT_NAME } from "../fakes/status-scenarios";
import { expectNoAxeViolations } from "./axe";
import { useScenario } from "./status-service";

/** Sums every layout shift the page reports (not caused by input), from the start of the load. */
async function watchLayoutShifts(page: Page) {
  await page.addInitScript(() => {
    const state = { cls: 0, bannerAtLoad: null as boolean | null };
    (window as unknown as { __layout: typeof state }).__layout = state;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
        if (!entry.hadRecentInput) state.cls += entry.value;
      }
    }).observe({ type: "layout-shift", buffered: true });
    document.addEventListener("DOMContentLoaded", () => {
      state.bannerAtLoad = document.querySelector('aside[aria-label="Service status"]') !== null;
    });
  });
}

// Layout-shift entries are delivered after the frame that shifted: let two frames pass.
const layout = (page: Page) =>
  page.evaluate(async () => {
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    return (window as unknown as { __layout: { cls: number; bannerAtLoad: boolean } }).__layout;
  });

// The article is the page the issue names; on the code and symptom pages the notice sits in the
// first screenful, where a box that grew with its words would push what follows.
const PAGES = ["/articles/high-error-rates", "/errors/503", "/symptoms/503-service-unavailable"];
const VIEWPORTS = [
  { width: 1280, height: 800 },
  { width: 360, height: 740 },
];

for (const path of PAGES) for (const viewport of VIEWPORTS) {
  test(`CLS stays 0 on ${path} while the status arrives (${viewport.width} px)`, async ({ page, request }) => {
    // The status service answers slowly, so the banner and the notice arrive well after the page.
    await useScenario(request, "incident", { delayMs: 600 });
    await page.setViewportSize(viewport);
    await watchLayoutShifts(page);
    await page.goto(path);
    await expect(page.getByRole("complementary", { name: "Service status" })).toBeVisible();
    await expect(page.getByRole("heading", { name: `Known incident: ${API_INCIDENT_NAME}` })).toBeVisible();
    const measured = await layout(page);
    expect(measured.bannerAtLoad).toBe(false);
    expect(measured.cls).toBe(0);

    // Control: the same measurement does see a shift when something does push the page.
    await page.evaluate(() => {
      const pusher = document.createElement("div");
      pusher.style.height = "120px";
      document.querySelector("main")!.prepend(pusher);
    });
    expect((await layout(page)).cls).toBeGreaterThan(0);
  });
}

for (const colorScheme of ["light", "dark"] as const) {
  test(`the banner, the notices and /status have no WCAG 2.1 AA violations (${colorScheme})`, async ({ page, request }) => {
    await page.emulateMedia({ colorScheme });
    await useScenario(request, "incident");
    await page.goto("/articles/high-error-rates");
    await expect(page.getByRole("heading", { name: `Known incident: ${API_INCIDENT_NAME}` })).toBeVisible();
    await expect(page.getByRole("complementary", { name: "Service status" })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.goto("/status");
    await expect(page.getByRole("heading", { name: API_INCIDENT_NAME })).toBeVisible();
    await expectNoAxeViolations(page);

    await useScenario(request, "maintenance");
    await page.goto("/articles/budget-exceeded");
    await expect(page.getByRole("heading", { name: /^Scheduled maintenance/ })).toBeVisible();
    await expect(page.getByRole("complementary", { name: "Service status" })).toContainText("Maintenance in progress");
    await expectNoAxeViolations(page);
    await page.goto("/status");
    await expect(page.getByRole("heading", { level: 2, name: "Maintenance" })).toBeVisible();
    await expectNoAxeViolations(page);

    await useScenario(request, "healthy");
    await page.goto("/errors/503");
    await expect(page.getByRole("heading", { name: "No known incident on the API" })).toBeVisible();
    await expectNoAxeViolations(page);
  });
}
