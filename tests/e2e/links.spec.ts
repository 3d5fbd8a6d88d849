import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";

test.use({ permissions: ["clipboard-read", "clipboard-write"] });

const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

test.describe("copy links", () => {
  test("a solution step's Copy link puts its absolute URL on the clipboard and says so", async ({ page, baseURL }) => {
    await page.goto("/articles/rate-limit-exceeded");
    await page.getByRole("button", { name: "Copy link to “Implement exponential backoff”" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Link copied" })).toBeVisible();
    expect(await clipboard(page)).toBe(`${baseURL}/articles/rate-limit-exceeded#exponential-backoff`);
  });

  test("Copy for ticket gives the step as a Markdown link with the summary, from the keyboard", async ({ page, baseURL }) => {
    await page.goto("/articles/rate-limit-exceeded");
    const button = page.getByRole("button", { name: "Copy Markdown for a ticket about “Implement exponential backoff”" });
    // Disabled until the page's script listens (see before-hydration.spec.ts); a disabled button takes no focus.
    await expect(button).toBeEnabled();
    await button.focus();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("status").filter({ hasText: "Markdown copied" })).toBeVisible();
    const text = await clipboard(page);
    expect(text).toBe(
      `[Rate limit exceeded (429 Too Many Requests) › Implement exponential backoff](${baseURL}/articles/rate-limit-exceeded#exponential-backoff)\n\n` +
        "Your requests arrive faster than your API key's or organization's rate limit allows; read the headers, back off, and spread requests out.",
    );
  });

  test("the article's own copy buttons give its link and a plain-text snippet", async ({ page, baseURL }) => {
    await page.goto("/articles/permission-denied");
    await page.getByRole("button", { name: "Copy link to this article" }).click();
    expect(await clipboard(page)).toBe(`${baseURL}/articles/permission-denied`);
    await page.getByRole("button", { name: "Copy plain text for a ticket about this article" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Text copied" })).toBeVisible();
    expect(await clipboard(page)).toMatch(/^Permission denied \(403 Forbidden\)\nhttps?:\/\/[^\n]+\/articles\/permission-denied\n\nYou or your API key/);
  });

  test("the copy buttons of a page reached by a client-side navigation work too", async ({ page, baseURL }) => {
    await page.goto("/");
    await expect(page.getByRole("button", { name: /Colour theme/ })).toBeEnabled();
    await page.evaluate(() => Object.assign(window, { samePage: true }));
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Get help" }).click();
    await expect(page).toHaveURL(/\/articles\/getting-help$/);
    // Still the same document: the router brought the page, the delegate did not mount again.
    expect(await page.evaluate(() => (window as { samePage?: boolean }).samePage)).toBe(true);
    await page.getByRole("button", { name: "Copy link to this article" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Link copied" })).toBeVisible();
    expect(await clipboard(page)).toBe(`${baseURL}/articles/getting-help`);
  });
});

test.describe("landing on a step", () => {
  test("highlights the step and keeps it clear of the sticky header", async ({ page }) => {
    await page.goto("/articles/invalid-api-key#check-scopes");
    const heading = page.locator("#check-scopes");
    await expect(heading).toBeInViewport();
    const background = await heading.evaluate((element) => getComputedStyle(element).backgroundColor);
    expect(background).not.toBe("rgba(0, 0, 0, 0)");
    const header = await page.locator("header").first().boundingBox();
    expect((await heading.boundingBox())!.y).toBeGreaterThanOrEqual(header!.y + header!.height - 1);
  });
});

test.describe("redirects and old anchors", () => {
  test("a redirectFrom path answers 308 to the article", async ({ request }) => {
    const response = await request.get("/articles/too-many-requests", { maxRedirects: 0 });
    expect(response.status()).toBe(308);
    expect(response.headers().location).toBe("/articles/rate-limit-exceeded");
  });

  test("the anchor survives the redirect", async ({ page }) => {
    await page.goto("/articles/429-errors#exponential-backoff");
    await expect(page).toHaveURL(/\/articles\/rate-limit-exceeded#exponential-backoff$/);
    await expect(page.locator("#exponential-backoff")).toBeInViewport();
  });

  test("an old anchor moves to the heading's new id", async ({ page }) => {
    await page.goto("/articles/rate-limit-exceeded#backoff");
    await expect(page).toHaveURL(/#exponential-backoff$/);
    await expect(page.locator("#exponential-backoff")).toBeInViewport();
  });

  test("an old anchor reached through a redirect still lands on the new heading", async ({ page }) => {
    await page.goto("/articles/too-many-requests#rate-limit-headers");
    await expect(page).toHaveURL(/\/articles\/rate-limit-exceeded#check-rate-limit-headers$/);
    await expect(page.locator("#check-rate-limit-headers")).toBeInViewport();
  });
});

test.describe("old anchors without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("still scroll to the renamed heading", async ({ page }) => {
    await page.goto("/articles/rate-limit-exceeded#backoff");
    await expect(page.locator("#exponential-backoff")).toBeInViewport();
  });
});

test.describe("article catalogue", () => {
  test("filters as you type and copies from a row", async ({ page, baseURL }) => {
    await page.goto("/articles");
    const rows = page.locator("#article-catalogue tbody tr");
    const total = await rows.count();
    expect(total).toBeGreaterThanOrEqual(14);
    await page.getByRole("searchbox", { name: "Filter articles" }).fill("payment required");
    await expect(page.getByRole("status").filter({ hasText: "articles" })).toHaveText(`1 of ${total} articles`);
    const visible = rows.filter({ visible: true });
    await expect(visible).toHaveCount(1);
    await expect(visible.first()).toContainText("Budget exceeded");
    await visible.first().getByRole("button", { name: "Copy link to this article" }).click();
    expect(await clipboard(page)).toBe(`${baseURL}/articles/budget-exceeded`);
  });

  test("fits a phone and passes axe there", async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto("/articles");
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expectNoAxeViolations(page);
  });

  test("/articles.json lists every article with its headings' URLs", async ({ request }) => {
    const body = await (await request.get("/articles.json")).json();
    expect(body.version).toBe(1);
    expect(body.articles).toHaveLength(14);
    const article = body.articles.find((entry: { slug: string }) => entry.slug === "rate-limit-exceeded");
    expect(article).toMatchObject({
      url: expect.stringMatching(/\/articles\/rate-limit-exceeded$/),
      title: "Rate limit exceeded (429 Too Many Requests)",
      category: { id: "api", name: "API errors and rate limits" },
      errorCodes: [429, "rate_limit_exceeded"],
      updated: "2026-11-27",
    });
    expect(article.symptoms).toContain("429 Too Many Requests");
    expect(article.headings).toContainEqual({
      id: "exponential-backoff",
      text: "Implement exponential backoff",
      depth: 3,
      url: expect.stringMatching(/\/articles\/rate-limit-exceeded#exponential-backoff$/),
    });
  });
});
