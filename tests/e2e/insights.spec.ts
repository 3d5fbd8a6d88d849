import fs from "node:fs";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { eventually, queryStore, sessionOf } from "./event-store";
import { signIn, signInWithForm } from "./staff";

/** What staff see in /insights, made by what visitors did earlier in the same test. */
const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 7)}`;

/** Reloads until `locator` shows: insights roll up new events when a page opens, and another request may be doing it. */
async function reloadUntilVisible(page: Page, locator: Locator) {
  await expect(async () => {
    await page.reload();
    await expect(locator).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
}

test("sign in leads back to the page asked for, where votes and searches made earlier appear", async ({ page }) => {
  test.setTimeout(120_000);
  const marker = `insights-${unique()}`;
  const query = `zqxv ${unique()}`;
  // A visitor: a No with a reason and a comment, and a header search that finds nothing.
  await page.goto("/articles/budget-exceeded");
  const feedback = page.getByRole("region", { name: "Was this helpful?" });
  await feedback.getByRole("button", { name: "No", exact: true }).click();
  await feedback.getByRole("checkbox", { name: "It’s hard to follow" }).check();
  await feedback.getByRole("textbox", { name: /Anything else/ }).fill(`${marker} my key sk-proj-Zq8vT2nL5xR7wK1mP4sD9fG3hJ6aB0cE failed`);
  await feedback.getByRole("button", { name: "Send feedback" }).click();
  await expect(feedback.getByRole("status")).toHaveText(/Thank you/);
  await page.goto("/");
  const box = page.getByRole("combobox", { name: "Search the help center" });
  await box.fill(query);
  await expect(page.getByRole("option", { name: /No instant matches/ })).toBeVisible();
  await box.press("Tab");
  const session = await sessionOf(page);
  await eventually("select 1 from votes where session = $1 and comment like $2", [session, `${marker}%`]);
  await eventually("select 1 from searches where session = $1 and query = $2", [session, query]);

  // Staff, signing in from the page they wanted.
  await page.goto("/insights/articles?days=7");
  await expect(page).toHaveURL(/\/insights\/sign-in\?next=%2Finsights%2Farticles%3Fdays%3D7$/);
  await signInWithForm(page);
  await expect(page).toHaveURL(/\/insights\/articles\?days=7$/);
  await expect(page.getByRole("navigation", { name: "Period" }).getByRole("link", { name: "7 days", exact: true })).toHaveAttribute("aria-current", "page");
  const comments = page.getByRole("region", { name: "Latest comments" });
  const comment = comments.getByRole("row").filter({ hasText: marker });
  await reloadUntilVisible(page, comment);
  await expect(comment).toContainText("It’s hard to follow");
  await expect(comment).toContainText("sk-proj-…redacted");
  await expect(comment).not.toContainText("Zq8vT2nL5xR7");
  await expect(page.getByRole("region", { name: "Articles that fail people" }).getByRole("row").filter({ hasText: "Budget exceeded" })).toBeVisible();

  await page.getByRole("link", { name: "What people can’t find" }).click();
  await expect(page).toHaveURL(/\/insights\/searches\?days=7$/);
  const zero = page.getByRole("region", { name: "Searches that found nothing" }).getByRole("link", { name: query, exact: true });
  await reloadUntilVisible(page, zero);
  await expect(zero).toHaveAttribute("href", `/search?q=${encodeURIComponent(query)}`);
});

/** The table's cells as the CSV holds them: counts without separators, percentages without " %", "—" as empty. */
async function tableAsCsvValues(region: Locator): Promise<string[][]> {
  const rows = await region.getByRole("row").evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll("th, td")].map((cell) => (cell.textContent ?? "").trim())));
  return rows.map((cells, index) => (index === 0 ? cells : cells.map((cell) => (cell === "—" ? "" : /^[\d,]+( %)?$/.test(cell) ? cell.replace(/,| %/g, "") : cell))));
}

function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = text.startsWith("\uFEFF") ? 1 : 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ",") {
      row.push(cell);
      cell = "";
    } else if (char === "\r" && text[i + 1] === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      i++;
    } else cell += char;
  }
  return rows;
}

test("each table's CSV download holds what the table shows", async ({ page, baseURL }) => {
  test.setTimeout(120_000);
  // Something to show: a vote with a reason (its label holds a comma-free apostrophe) on an article.
  await page.goto("/articles/slow-api-responses");
  const feedback = page.getByRole("region", { name: "Was this helpful?" });
  await feedback.getByRole("button", { name: "No", exact: true }).click();
  await feedback.getByRole("checkbox", { name: "It didn’t fix my problem" }).check();
  await feedback.getByRole("button", { name: "Send feedback" }).click();
  await expect(feedback.getByRole("status")).toHaveText(/Thank you/);
  await signIn(page.request, baseURL!);
  await page.goto("/insights/articles?days=90");
  const region = page.getByRole("region", { name: "Articles that fail people" });
  await reloadUntilVisible(page, region.getByRole("row").filter({ hasText: "Slow API responses" }));
  // Other tests record events at the same time: compare a table and a download made together, again if they raced.
  await expect(async () => {
    await page.reload();
    const shown = await tableAsCsvValues(region);
    const downloading = page.waitForEvent("download");
    await region.getByRole("link", { name: /^Download CSV\s?: Articles that fail people, last 90 days$/ }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^insights-articles-90d-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = parseCsv(fs.readFileSync((await download.path())!, "utf8"));
    expect(csv).toEqual(shown);
    expect(csv.length).toBeGreaterThan(1);
  }).toPass({ timeout: 60_000 });
});

test("a step with 20 recorded outcomes shows visitors how often it fixed the problem", async ({ page, baseURL }) => {
  const article = "high-error-rates";
  const step = "review-error-messages";
  // 20 earlier visitors marked the first step: 13 fixed, 7 didn't help (plus whatever other runs left).
  const values = Array.from({ length: 20 }, (_, index) => `(gen_random_uuid(), '${article}', '${step}', now(), now(), '${index < 13 ? "fixed" : "tried"}')`);
  await queryStore(`insert into step_outcomes (session, article, step, at, updated_at, outcome) values ${values.join(", ")}`);
  // The figures come from the daily aggregates; opening insights brings them up to date at once.
  await signIn(page.request, baseURL!);
  expect((await page.request.get("/api/insights/steps?days=7")).status()).toBe(200);
  const [{ fixed, total }] = (await queryStore<{ fixed: number; total: number }>(
    "select sum(fixed)::int as fixed, sum(fixed + tried)::int as total from daily_steps where article = $1 and step = $2 and day > current_date - 90",
    [article, step],
  )) as [{ fixed: number; total: number }];
  expect(total).toBeGreaterThanOrEqual(20);
  await page.goto(`/articles/${article}`);
  const controls = page.getByRole("group", { name: "Did “Review the error messages” help?" });
  await expect(controls.getByText(`Fixed it for ${Math.round((fixed / total) * 100)} % of ${total} people who tried it`)).toBeVisible();
  // A step with fewer outcomes says nothing.
  await expect(page.getByText(/Fixed it for/)).toHaveCount(1);
});

test("an article whose author turned the figures off has none to fetch", async ({ request }) => {
  const hostile = `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 3100) + 1}`;
  expect((await request.get(`${hostile}/api/outcomes/unicode-tricks`)).status()).toBe(404);
  const shown = await request.get(`${hostile}/api/outcomes/script-tags`);
  expect(shown.status()).toBe(200);
  expect(await shown.json()).toEqual({ steps: {} });
  expect((await request.get("/api/outcomes/no-such-article")).status()).toBe(404);
});

const PAGES = [
  { path: "/insights/sign-in", heading: "Sign in to insights", signedIn: false },
  { path: "/insights?days=30", heading: "Trend", signedIn: true },
  { path: "/insights/articles?days=90", heading: "Articles that fail people", signedIn: true },
  { path: "/insights/fixes?days=7", heading: "Which fixes work", signedIn: true },
  { path: "/insights/searches?days=30", heading: "What people can’t find", signedIn: true },
];

for (const { path, heading, signedIn } of PAGES) {
  for (const colorScheme of ["light", "dark"] as const) {
    test(`insights page ${path} has no WCAG 2.1 AA violations at 360 px (${colorScheme})`, async ({ page, baseURL }) => {
      await page.setViewportSize({ width: 360, height: 740 });
      await page.emulateMedia({ colorScheme });
      if (signedIn) await signIn(page.request, baseURL!);
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
      await expectNoAxeViolations(page);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  }
}
