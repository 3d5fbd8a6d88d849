import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { tabTo } from "./tab-to";

/**
 * A category's, a code's and a symptom's articles, a page at a time, walked on the hostile test site
 * (HELP_LISTING_PAGE_SIZE=2): its category holds four articles (two pages), and code 400 and the
 * symptom "Handlers everywhere" are claimed by three each (two pages), as a large site's hold thousands.
 */
const categoryPages = (page: Page) => page.getByRole("navigation", { name: "Pages of Hostile content articles" });
const codePages = (page: Page) => page.getByRole("navigation", { name: "Pages of articles for 400" });
const articleTitles = (page: Page) => page.locator("main li h2 a").allTextContents();
const fixTitles = (page: Page) => page.locator("main li h3 a").allTextContents();

test("a category's pages: keyboard-reachable links, the current page marked, each its own canonical page", async ({ page }) => {
  await page.goto("/categories/hostile");
  await expect(page.getByRole("heading", { level: 1, name: "Hostile content" })).toBeVisible();
  await expect(page.getByText("Articles 1–2 of 4 · page 1 of 2")).toBeVisible();
  await expect(page.getByText("Articles that try to run script; every one must render inert.")).toBeVisible();
  await expect(categoryPages(page).getByRole("link", { name: "Page 1" })).toHaveAttribute("aria-current", "page");
  await expect(categoryPages(page).getByRole("link", { name: "Previous" })).toHaveCount(0);
  const first = await articleTitles(page);
  expect(first).toHaveLength(2);

  const next = categoryPages(page).getByRole("link", { name: "Next" });
  await expect(next).toHaveAttribute("rel", "next");
  await tabTo(page, next);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/categories\/hostile\/page\/2$/);
  await expect(page.getByText("Articles 3–4 of 4 · page 2 of 2")).toBeVisible();
  await expect(categoryPages(page).getByRole("link", { name: "Page 2" })).toHaveAttribute("aria-current", "page");
  await expect(categoryPages(page).getByRole("link", { name: "Next" })).toHaveCount(0);
  await expect(page).toHaveTitle(/^Hostile content, page 2 of 2/);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", /\/categories\/hostile\/page\/2$/);
  await expect(page.getByRole("navigation", { name: "Breadcrumb" }).getByRole("link", { name: "Hostile content" })).toHaveAttribute("href", "/categories/hostile");
  const second = await articleTitles(page);
  expect(second).toHaveLength(2);
  // Every article of the category once, on one page or the other.
  expect(new Set([...first, ...second]).size).toBe(4);

  const previous = categoryPages(page).getByRole("link", { name: "Previous" });
  await expect(previous).toHaveAttribute("rel", "prev");
  await previous.click();
  await expect(page).toHaveURL(/\/categories\/hostile$/);
});

test("a code's fixes span pages; what it means stays on each, the codes sent with it on the first", async ({ page }) => {
  await page.goto("/errors/400");
  await expect(page.getByRole("heading", { level: 1, name: "400 Bad Request" })).toBeVisible();
  await expect(page.getByText("<script>window.__xss = 'catalogue'</script> must show as text.")).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Which one is it?" })).toBeVisible();
  await expect(page.getByText("Articles 1–2 of 3 · page 1 of 2")).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Platform codes sent with 400" })).toBeVisible();
  await expect(page.getByRole("link", { name: "hostile_request" })).toHaveAttribute("href", "/errors/hostile_request");
  const first = await fixTitles(page);
  expect(first).toHaveLength(2);

  await codePages(page).getByRole("link", { name: "Page 2" }).click();
  await expect(page).toHaveURL(/\/errors\/400\/page\/2$/);
  await expect(page.getByRole("heading", { level: 1, name: "400 Bad Request" })).toBeVisible();
  await expect(page.getByText("Articles 3–3 of 3 · page 2 of 2")).toBeVisible();
  await expect(page).toHaveTitle(/^400 Bad Request, page 2 of 2/);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", /\/errors\/400\/page\/2$/);
  await expect(page.getByRole("navigation", { name: "Breadcrumb" }).getByRole("link", { name: "400" })).toHaveAttribute("href", "/errors/400");
  await expect(page.getByRole("heading", { name: "Platform codes sent with 400" })).toHaveCount(0);
  const second = await fixTitles(page);
  expect(second).toHaveLength(1);
  expect(new Set([...first, ...second]).size).toBe(3);
  await expect(codePages(page).getByRole("link", { name: "Page 2" })).toHaveAttribute("aria-current", "page");
});

test("a symptom's articles span pages, each page saying how many problems look like this", async ({ page }) => {
  const pages = page.getByRole("navigation", { name: "Pages of articles for this symptom" });
  await page.goto("/symptoms/handlers-everywhere");
  await expect(page.getByRole("heading", { level: 1, name: "Handlers everywhere" })).toBeVisible();
  await expect(page.getByText("3 problems look like this.")).toBeVisible();
  await expect(page.getByText("Articles 1–2 of 3 · page 1 of 2")).toBeVisible();
  const first = await articleTitles(page);
  expect(first).toHaveLength(2);

  await pages.getByRole("link", { name: "Next" }).click();
  await expect(page).toHaveURL(/\/symptoms\/handlers-everywhere\/page\/2$/);
  await expect(page.getByText("3 problems look like this.")).toBeVisible();
  await expect(page.getByText("Articles 3–3 of 3 · page 2 of 2")).toBeVisible();
  await expect(page).toHaveTitle(/^Handlers everywhere, page 2 of 2/);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", /\/symptoms\/handlers-everywhere\/page\/2$/);
  await expect(page.getByRole("navigation", { name: "Breadcrumb" }).getByRole("link", { name: "Handlers everywhere" })).toHaveAttribute("href", "/symptoms/handlers-everywhere");
  const second = await articleTitles(page);
  expect(second).toHaveLength(1);
  expect(new Set([...first, ...second]).size).toBe(3);
});

test("a code with one article has one page and no page links", async ({ page, request }) => {
  await page.goto("/errors/hostile_request");
  await expect(page.getByRole("heading", { level: 2, name: "How to fix it" })).toBeVisible();
  await expect(page.locator("main li h3 a")).toHaveCount(1);
  await expect(page.getByRole("navigation", { name: /^Pages of/ })).toHaveCount(0);
  expect((await request.get("/errors/hostile_request/page/2")).status()).toBe(404);
});

test("page numbers that are no page of a category or code are the site's 404, never a 500", async ({ request }) => {
  const paths = [
    "/categories/hostile/page/1",
    "/categories/hostile/page/3",
    "/categories/hostile/page/02",
    "/categories/hostile/page/0",
    "/categories/hostile/page/-1",
    "/categories/hostile/page/2.0",
    "/categories/hostile/page/x",
    "/categories/hostile/page/99999999999999999999",
    "/categories/hostile/page",
    "/categories/hostile/page/2/3",
    "/categories/nothing/page/2",
    "/errors/400/page/1",
    "/errors/400/page/3",
    // %33 is "3" (a percent-encoded digit is the digit, so %32 is page 2 itself).
    "/errors/400/page/%33",
    "/errors/400/page/%",
    "/errors/400/page",
    "/errors/499/page/2",
    "/symptoms/handlers-everywhere/page/1",
    "/symptoms/handlers-everywhere/page/3",
    "/symptoms/dangerous-links/page/2",
    "/symptoms/nothing/page/2",
  ];
  for (const path of paths) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(404);
    expect(await response.text(), path).toContain("We couldn’t find that page");
  }
});

test("the sitemap lists the category's, the code's and the symptom's later pages", async ({ request }) => {
  const sitemap = await (await request.get("/sitemap.xml")).text();
  for (const path of ["/categories/hostile/page/2", "/errors/400/page/2", "/symptoms/handlers-everywhere/page/2"]) expect(sitemap).toContain(`${path}</loc>`);
  expect(sitemap).not.toContain("/errors/hostile_request/page/");
});

for (const colorScheme of ["light", "dark"] as const) {
  test(`category, code and symptom pages with page links have no WCAG 2.1 AA violations (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    for (const path of ["/categories/hostile", "/categories/hostile/page/2", "/errors/400", "/errors/400/page/2", "/symptoms/handlers-everywhere", "/symptoms/handlers-everywhere/page/2"]) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expectNoAxeViolations(page);
    }
  });
}

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a category's and a code's page links are plain links that work", async ({ page }) => {
    await page.goto("/categories/hostile");
    await categoryPages(page).getByRole("link", { name: "Next" }).click();
    await expect(page).toHaveURL(/\/categories\/hostile\/page\/2$/);
    await expect(page.getByText("Articles 3–4 of 4 · page 2 of 2")).toBeVisible();
    await page.goto("/errors/400/page/2");
    await codePages(page).getByRole("link", { name: "Previous" }).click();
    await expect(page).toHaveURL(/\/errors\/400$/);
    await expect(page.getByText("Articles 1–2 of 3 · page 1 of 2")).toBeVisible();
  });
});
