import { expect, test, type Page } from "@playwright/test";

interface Stop {
  label: string;
  /** In the sticky header, or fixed over it (the skip link): it cannot be behind the header. */
  inHeader: boolean;
  top: number;
  bottom: number;
  visible: boolean;
}

/** Presses Tab until focus comes back to the first stop, recording every element it lands on. */
async function tabThrough(page: Page, limit = 400): Promise<{ stops: Stop[]; headerBottom: number; viewport: number }> {
  const stops: Stop[] = [];
  let first = "";
  for (let press = 0; press < limit; press += 1) {
    await page.keyboard.press("Tab");
    const stop = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      if (!element || element === document.body) return null;
      const rect = element.getBoundingClientRect();
      const style = getComputedStyle(element);
      const path = `${element.tagName.toLowerCase()}#${element.id}|${element.getAttribute("href") ?? ""}|${(element.getAttribute("aria-label") ?? element.textContent ?? "").trim().slice(0, 60)}`;
      return {
        label: path,
        inHeader: Boolean(element.closest("header")) || style.position === "fixed",
        top: rect.top,
        bottom: rect.bottom,
        visible: rect.width > 0 && rect.height > 0 && style.visibility !== "hidden" && Number(style.opacity) > 0,
      };
    });
    if (!stop) continue;
    if (stop.label === first) break;
    if (!first) first = stop.label;
    stops.push(stop);
  }
  const headerBottom = await page.locator("header").first().evaluate((header) => header.getBoundingClientRect().bottom);
  return { stops, headerBottom, viewport: page.viewportSize()!.height };
}

for (const path of ["/", "/articles/rate-limit-exceeded", "/errors", "/articles"]) {
  test(`${path}: every control is reached by Tab, shown, and never hidden behind the header`, async ({ page }) => {
    // No transitions, so what has focus is judged as it is, not half faded in.
    await page.emulateMedia({ reducedMotion: "reduce" });
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    const { stops, headerBottom, viewport } = await tabThrough(page);

    const hidden = stops.filter((stop) => !stop.visible);
    const underHeader = stops.filter((stop) => !stop.inHeader && stop.top < headerBottom - 1);
    // Its top must be on screen (a code block taller than the screen still shows where it starts).
    const offScreen = stops.filter((stop) => stop.top > viewport - 1 || stop.bottom < 0);
    expect({ hidden, underHeader, offScreen }).toEqual({ hidden: [], underHeader: [], offScreen: [] });

    // Every focusable control on the page was among the stops.
    const focusable = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>("a[href], button, input, textarea, select, summary, [tabindex='0']")].filter((element) => {
        const style = getComputedStyle(element);
        const rect = element.getBoundingClientRect();
        return !element.hasAttribute("disabled") && style.visibility !== "hidden" && rect.width > 0 && !element.closest("[hidden], details:not([open]) > :not(summary)");
      }).length,
    );
    expect(stops.length).toBeGreaterThanOrEqual(focusable);
  });
}

test("heading anchors appear when they get keyboard focus", async ({ page }) => {
  await page.goto("/articles/api-errors");
  const anchor = page.getByRole("link", { name: "Link to section: Check the request format" });
  await expect(anchor).toHaveCSS("opacity", "0");
  await anchor.focus();
  await expect(anchor).toHaveCSS("opacity", "1");
});

test("the checklist, disclosures and the theme work from the keyboard alone", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  await page.goto("/articles/invalid-api-key");

  const contents = page.locator("details").filter({ hasText: "On this page" }).locator("summary");
  await contents.focus();
  await page.keyboard.press("Enter");
  await expect(page.locator("details").filter({ hasText: "On this page" })).toHaveAttribute("open", "");

  const tried = page.getByRole("group", { name: /Did “Verify the API key is correct” help/ }).getByRole("button", { name: "Tried — didn’t help" });
  await expect(tried).toBeEnabled(); // disabled until the page hydrates, when it can record the press
  await tried.focus();
  await page.keyboard.press("Space");
  await expect(tried).toHaveAttribute("aria-pressed", "true");
  await page.keyboard.press("Enter");
  await expect(tried).toHaveAttribute("aria-pressed", "false");

  const theme = page.getByRole("button", { name: /Colour theme: system/ });
  await expect(theme).toBeEnabled();
  await theme.focus();
  await page.keyboard.press("Enter");
  await expect(page.locator("html")).toHaveAttribute("data-theme", "light");
  await expect(page.getByRole("button", { name: /Colour theme: light/ })).toBeFocused();
});
