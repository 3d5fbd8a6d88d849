import { expect, test, type Page } from "@playwright/test";
import { API_INCIDENT_NAME } from "../fakes/status-scenarios";
import { expectNoAxeViolations } from "./axe";
import { useScenario } from "./status-service";

/**
 * Sums every layout shift the page reports (not caused by input), from the start of the load, and
 * says what moved (tag, class, text, before and after), for the failure message.
 */
async function watchLayoutShifts(page: Page) {
  await page.addInitScript(() => {
    const state = { cls: 0, bannerAtLoad: null as boolean | null, moved: [] as string[] };
    (window as unknown as { __layout: typeof state }).__layout = state;
    type Source = { node?: Node; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly };
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean; sources?: Source[] })[]) {
        if (entry.hadRecentInput) continue;
        state.cls += entry.value;
        for (const { node, previousRect: from, currentRect: to } of entry.sources ?? []) {
          const what = node instanceof Element ? `<${node.tagName.toLowerCase()} class="${node.className}">` : node?.nodeName;
          state.moved.push(`${what} "${node?.textContent?.slice(0, 40)}" ${from.x},${from.y} ${from.width}×${from.height} → ${to.x},${to.y} ${to.width}×${to.height}`);
        }
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
    return (window as unknown as { __layout: { cls: number; bannerAtLoad: boolean; moved: string[] } }).__layout;
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
    // Zero as Lighthouse shows CLS (three decimals): one run in a fresh clone's full suite measured
    // 0.00005 here, which 144 repeats alone and under CPU load never did again; what moved is printed.
    expect(measured.cls, `layout shifts: ${measured.moved.join("; ")}`).toBeLessThan(0.0005);

    // Control: the same measurement does see a shift when something does push the page.
    await page.evaluate(() => {
      const pusher = document.createElement("div");
      pusher.style.height = "120px";
      document.querySelector("main")!.prepend(pusher);
    });
    expect((await layout(page)).cls).toBeGreaterThan(0);
  });
}

/** Each state of the banner and the notice (incident amber, maintenance blue, all clear green) and /status. */
const AXE_CASES = [
  { scenario: "incident", path: "/articles/high-error-rates", shows: `Known incident: ${API_INCIDENT_NAME}` },
  { scenario: "incident", path: "/status", shows: API_INCIDENT_NAME },
  { scenario: "maintenance", path: "/articles/budget-exceeded", shows: "Scheduled maintenance: Billing database upgrade" },
  { scenario: "maintenance", path: "/status", shows: "API gateway upgrade" },
  { scenario: "healthy", path: "/errors/503", shows: "No known incident on the API" },
];

for (const { scenario, path, shows } of AXE_CASES) {
  for (const colorScheme of ["light", "dark"] as const) {
    test(`${path} in the "${scenario}" state has no WCAG 2.1 AA violations (${colorScheme})`, async ({ page, request }) => {
      await page.emulateMedia({ colorScheme });
      await useScenario(request, scenario);
      await page.goto(path);
      await expect(page.getByRole("heading", { name: shows })).toBeVisible();
      if (scenario !== "healthy") await expect(page.getByRole("complementary", { name: "Service status" })).toBeVisible();
      await expectNoAxeViolations(page);
    });
  }
}
