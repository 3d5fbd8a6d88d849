import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";

test.describe("header search", () => {
  test("does not download the index until search is used", async ({ page }) => {
    const indexRequests: string[] = [];
    page.on("request", (request) => {
      if (request.url().includes("/search-index")) indexRequests.push(request.url());
    });
    await page.goto("/articles/api-errors");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    // The panel renders only once React has hydrated the page: anything loaded on mount has been asked for.
    await expect(page.getByRole("button", { name: "I’m still stuck: build a support request" })).toBeVisible();
    expect(indexRequests).toEqual([]);

    const indexLoaded = page.waitForResponse((response) => response.url().includes("/search-index/"));
    await page.getByRole("combobox", { name: "Search the help center" }).focus();
    expect((await indexLoaded).status()).toBe(200);
  });

  test("a finger on the box starts the index download before the box has focus", async ({ page }) => {
    await page.goto("/articles/api-errors");
    await expect(page.getByRole("button", { name: "I’m still stuck: build a support request" })).toBeVisible();
    const box = page.getByRole("combobox", { name: "Search the help center" });
    const indexLoaded = page.waitForResponse((response) => response.url().includes("/search-index/"));
    // What a phone sends when a finger lands; the focus comes only when it lifts.
    await box.dispatchEvent("pointerdown", { pointerType: "touch", isPrimary: true });
    expect((await indexLoaded).status()).toBe(200);
    await expect(box).not.toBeFocused();
  });

  test("/ focuses the box; arrows and Enter open the matching solution step", async ({ page }) => {
    await page.goto("/categories/budget");
    await page.keyboard.press("/");
    const box = page.getByRole("combobox", { name: "Search the help center" });
    await expect(box).toBeFocused();
    await page.keyboard.type("exponential backof");
    const first = page.getByRole("option").first();
    await expect(first).toContainText("Rate limit exceeded");
    await expect(first).toContainText("Implement exponential backoff");
    await expect(box).toHaveAttribute("aria-expanded", "true");

    await page.keyboard.press("ArrowDown");
    await expect(box).toHaveAttribute("aria-activedescendant", (await first.getAttribute("id"))!);
    await expect(first).toHaveAttribute("aria-selected", "true");
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/articles\/rate-limit-exceeded#exponential-backoff$/);
    await expect(page.locator("#exponential-backoff")).toBeInViewport();
  });

  test("Ctrl+K focuses the box from anywhere and Escape closes the results", async ({ page }) => {
    await page.goto("/");
    await page.keyboard.press("Control+k");
    const box = page.getByRole("combobox", { name: "Search the help center" });
    await expect(box).toBeFocused();
    await page.keyboard.type("429");
    await expect(page.getByRole("option").first()).toContainText("Rate limit exceeded");
    await page.keyboard.press("Escape");
    await expect(box).toHaveAttribute("aria-expanded", "false");
    await expect(page.getByRole("listbox")).toBeHidden();
    await page.keyboard.press("Escape");
    await expect(box).toHaveValue("");
  });

  test("matched words are highlighted and the count is announced", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("combobox").fill("budget alerts");
    await expect(page.getByRole("option").first().locator("mark").first()).toHaveText(/budget/i);
    await expect(page.getByRole("status").filter({ hasText: "suggestion" })).toHaveText(/\d+ suggestions?/);
  });

  test("Enter without choosing opens the results page", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("combobox").fill("cant login");
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/search\?q=cant%20login$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Results for “cant login”");
    await expect(page.getByRole("heading", { level: 2 }).first()).toContainText("Can't sign in");
  });

  test("opens full width on a phone", async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto("/");
    await page.getByRole("combobox").click();
    await page.keyboard.type("budg");
    await expect(page.getByRole("option").first()).toBeVisible();
    const box = await page.getByRole("search").first().boundingBox();
    expect(box!.width).toBeGreaterThanOrEqual(359);
    await expectNoAxeViolations(page);
  });

  test("the open results pass axe", async ({ page }) => {
    await page.goto("/articles/getting-help");
    await page.getByRole("combobox").fill("permission");
    await expect(page.getByRole("option").first()).toBeVisible();
    await page.keyboard.press("ArrowDown");
    await expectNoAxeViolations(page);
  });

  test("the open results, highlights and the active option pass axe in dark mode", async ({ page }) => {
    await page.emulateMedia({ colorScheme: "dark" });
    await page.goto("/");
    await page.getByRole("combobox").fill("rate limit");
    await expect(page.getByRole("option").first().locator("mark").first()).toHaveText(/rate limit/i);
    await page.keyboard.press("ArrowDown");
    await expect(page.getByRole("option").first()).toHaveAttribute("aria-selected", "true");
    await expectNoAxeViolations(page);
  });
});

test.describe("results page", () => {
  test("renders results on the server, with the section link and highlights", async ({ request }) => {
    const html = await (await request.get("/search?q=exponential+backoff")).text();
    expect(html).toContain('href="/articles/rate-limit-exceeded#exponential-backoff"');
    expect(html).toMatch(/<mark[^>]*>exponential<\/mark>/i);
  });

  test("says so kindly when nothing matches, and offers a way on", async ({ page }) => {
    await page.goto("/search?q=zebra+xylophone");
    await expect(page.getByText("Nothing matched")).toBeVisible();
    await expect(page.getByRole("link", { name: "Pick your symptom or error code" })).toBeVisible();
    await expect(page.getByRole("region", { name: "What most people need" }).getByRole("link").first()).toBeVisible();
    await expect(page.getByRole("link", { name: "Here is how to get help" })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test("passes axe with results", async ({ page }) => {
    await page.goto("/search?q=api+key");
    await expect(page.getByRole("heading", { level: 2 }).first()).toBeVisible();
    await expectNoAxeViolations(page);
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the header box is a plain form that submits to the results page", async ({ page }) => {
    await page.goto("/articles/api-errors");
    await page.getByRole("combobox").fill("too many requests");
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/search\?q=too\+many\+requests$/);
    await expect(page.getByRole("link", { name: /Rate limit exceeded/ }).first()).toBeVisible();
  });
});

test.describe("JSON API", () => {
  test("returns ranked results in the documented shape", async ({ request }) => {
    const response = await request.get("/api/search?q=exponential%20backoff&limit=2");
    expect(response.status()).toBe(200);
    const body = await response.json();
    expect(body.query).toBe("exponential backoff");
    expect(body.results).toHaveLength(2);
    expect(body.results[0]).toEqual({
      slug: "rate-limit-exceeded",
      title: expect.any(String),
      summary: expect.any(String),
      url: "/articles/rate-limit-exceeded#exponential-backoff",
      section: "Implement exponential backoff",
      score: expect.any(Number),
    });
  });

  test("ranks exactly as the results page", async ({ request, page }) => {
    const api = await (await request.get("/api/search?q=budget&limit=20")).json();
    await page.goto("/search?q=budget");
    const pageLinks = await page.locator("main ol > li h2 a").evaluateAll((links) => links.map((link) => link.getAttribute("href")));
    expect(pageLinks).toEqual(api.results.map((result: { url: string }) => result.url));
  });

  const calm: [string, string, number][] = [
    ["a missing query", "/api/search", 200],
    ["an empty query", "/api/search?q=%20%20", 200],
    ["a 10 KB query", `/api/search?q=${"budget%20".repeat(1_200)}`, 200],
    ["a limit that is not a number", "/api/search?q=key&limit=lots", 400],
  ];
  for (const [name, url, status] of calm) {
    test(`answers ${name} calmly with JSON`, async ({ request }) => {
      const response = await request.get(url);
      expect(response.status()).toBe(status);
      const body = await response.json();
      if (status === 200) {
        expect(body.results).toBeInstanceOf(Array);
        expect(body.query.length).toBeLessThanOrEqual(200);
      } else {
        expect(body.error).toMatch(/limit/);
      }
    });
  }

  test("a 100 KB query is refused by the server's URL limit (431), without a trace", async ({ request }) => {
    const response = await request.get(`/api/search?q=${"x".repeat(100_000)}`);
    expect(response.status()).toBe(431);
    expect(await response.text()).not.toMatch(/at \w+ \(|node_modules|\/work\//);
  });
});
