import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { tabTo } from "./tab-to";

/**
 * The listings' pages, walked on the hostile test site: it is built with HELP_LISTING_PAGE_SIZE=2
 * (see `npm run build:hostile`), so its four articles and five symptoms span pages as a large
 * site's thousands do, and its hostile titles and symptoms are on them.
 */
const catalogue = (page: Page) => page.getByRole("navigation", { name: "Pages of the article catalogue" });

test("the catalogue's pages are a navigation landmark, the current page marked, reached and followed by keyboard", async ({ page }) => {
  await page.goto("/articles");
  await expect(page.getByText("Articles 1–2 of 4 · page 1 of 2")).toBeVisible();
  await expect(page.locator("#article-catalogue tbody tr")).toHaveCount(2);
  await expect(catalogue(page).getByRole("link", { name: "Page 1" })).toHaveAttribute("aria-current", "page");
  await expect(catalogue(page).getByRole("link", { name: "Page 2" })).not.toHaveAttribute("aria-current", /.*/);
  await expect(catalogue(page).getByRole("link", { name: "Previous" })).toHaveCount(0);

  const next = catalogue(page).getByRole("link", { name: "Next" });
  await tabTo(page, next);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/articles\/page\/2$/);
  await expect(page.getByText("Articles 3–4 of 4 · page 2 of 2")).toBeVisible();
  await expect(page.locator("#article-catalogue tbody tr")).toHaveCount(2);
  await expect(catalogue(page).getByRole("link", { name: "Page 2" })).toHaveAttribute("aria-current", "page");
  await expect(catalogue(page).getByRole("link", { name: "Next" })).toHaveCount(0);
  await expect(page).toHaveTitle(/All articles, page 2 of 2/);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", /\/articles\/page\/2$/);
  await expect(page.getByRole("navigation", { name: "Breadcrumb" }).getByRole("link", { name: "All articles" })).toHaveAttribute("href", "/articles");

  await catalogue(page).getByRole("link", { name: "Previous" }).click();
  await expect(page).toHaveURL(/\/articles$/);
});

test("each article is on exactly one page of the catalogue", async ({ page }) => {
  const titles: string[] = [];
  for (const path of ["/articles", "/articles/page/2"]) {
    await page.goto(path);
    titles.push(...(await page.locator("#article-catalogue tbody th a").allTextContents()));
  }
  expect(titles).toHaveLength(4);
  expect(new Set(titles).size).toBe(4);
  expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b)));
});

test("filtering one page of several offers search over every article", async ({ page }) => {
  await page.goto("/articles");
  await page.getByRole("searchbox", { name: "Filter articles" }).fill("zzz-nothing");
  await expect(page.getByText("0 of 2 articles on this page")).toBeVisible();
  const everywhere = page.getByRole("link", { name: "Search all 4 articles for “zzz-nothing”" });
  await expect(everywhere).toHaveAttribute("href", "/search?q=zzz-nothing");
});

test("symptoms span three pages; numbers that are no page are a 404", async ({ page, request }) => {
  await page.goto("/symptoms/page/3");
  const pages = page.getByRole("navigation", { name: "Pages of symptoms" });
  await expect(pages.getByRole("link", { name: "Page 3" })).toHaveAttribute("aria-current", "page");
  await expect(page.getByText("Symptoms 5–5 of 5 · page 3 of 3")).toBeVisible();
  for (const path of ["/articles/page/1", "/articles/page/3", "/articles/page/02", "/articles/page/x", "/articles/page", "/symptoms/page/4", "/errors/page/2"]) {
    expect((await request.get(path)).status(), path).toBe(404);
  }
});

test("the sitemap lists the later pages", async ({ request }) => {
  const sitemap = await (await request.get("/sitemap.xml")).text();
  for (const path of ["/articles/page/2", "/symptoms/page/2", "/symptoms/page/3"]) expect(sitemap).toContain(`${path}</loc>`);
  expect(sitemap).not.toContain("/errors/page/");
});

for (const colorScheme of ["light", "dark"] as const) {
  test(`later pages have no WCAG 2.1 AA violations (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    for (const path of ["/articles/page/2", "/symptoms/page/2"]) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expectNoAxeViolations(page);
    }
  });
}

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the pages are plain links that work", async ({ page }) => {
    await page.goto("/symptoms");
    await page.getByRole("navigation", { name: "Pages of symptoms" }).getByRole("link", { name: "Page 2" }).click();
    await expect(page).toHaveURL(/\/symptoms\/page\/2$/);
    await expect(page.getByText("Symptoms 3–4 of 5 · page 2 of 3")).toBeVisible();
  });
});
