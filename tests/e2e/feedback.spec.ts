import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { eventually, queryStore, sessionOf } from "./event-store";

/**
 * "Was this helpful?" as readers use it, checked in the store the portal writes to.
 * An API key typed into the comment must arrive masked.
 */
const ARTICLE = "/articles/rate-limit-exceeded";
const KEY = "sk-proj-Zq8vT2nL5xR7wK1mP4sD9fG3hJ6aB0cE";

test("a No with a reason and a comment is stored, with the API key in it masked", async ({ page }) => {
  const marker = `marker-${Date.now()}-${Math.random().toString(36).slice(2)}`;
  await page.goto(ARTICLE);
  const feedback = page.getByRole("region", { name: "Was this helpful?" });
  await feedback.getByRole("button", { name: "No", exact: true }).click();
  await feedback.getByRole("checkbox", { name: "It’s out of date" }).check();
  await expect(feedback.getByText("Don’t include API keys or personal data.")).toBeVisible();
  await feedback.getByRole("textbox", { name: /Anything else/ }).fill(`${marker} I used ${KEY} and still get 429`);
  await feedback.getByRole("button", { name: "Send feedback" }).click();
  await expect(feedback.getByRole("status")).toHaveText(/Thank you for telling us/);

  const session = await sessionOf(page);
  const [vote] = await eventually<{ helpful: boolean; reasons: string[]; comment: string; session: string }>(
    "select helpful, reasons, comment, session from votes where comment like $1",
    [`${marker}%`],
  );
  expect(vote).toMatchObject({ helpful: false, reasons: ["out-of-date"], session });
  expect(vote!.comment).not.toContain(KEY);
  expect(vote!.comment).toMatch(/^marker-\S+ I used sk-proj-\S*redacted\S* and still get 429$/);
});

test("changing the answer in the same session replaces it", async ({ page }) => {
  await page.goto("/articles/invalid-api-key");
  const feedback = page.getByRole("region", { name: "Was this helpful?" });
  await feedback.getByRole("button", { name: "Yes", exact: true }).click();
  await expect(feedback.getByRole("button", { name: "Yes", exact: true })).toHaveAttribute("aria-pressed", "true");
  const session = await sessionOf(page);
  await eventually("select 1 from votes where session = $1 and helpful", [session]);
  await feedback.getByRole("button", { name: "No", exact: true }).click();
  const rows = await eventually<{ helpful: boolean }>("select helpful from votes where session = $1 and article = 'invalid-api-key' and not helpful", [session]);
  expect(rows).toHaveLength(1);
  expect(await queryStore("select 1 from votes where session = $1", [session])).toHaveLength(1);
});

for (const colorScheme of ["light", "dark"] as const) {
  test(`the new controls pass axe with the reasons open (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto(ARTICLE);
    const feedback = page.getByRole("region", { name: "Was this helpful?" });
    await feedback.getByRole("button", { name: "No", exact: true }).click();
    await expect(feedback.getByRole("checkbox", { name: "It’s hard to follow" })).toBeVisible();
    await expectNoAxeViolations(page);
  });
}

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the form posts the vote and comes back to the article with a thank-you", async ({ page }) => {
    const marker = `nojs-${Date.now()}-${Math.random().toString(36).slice(2)}`;
    await page.goto(ARTICLE);
    const feedback = page.getByRole("region", { name: "Was this helpful?" });
    await expect(feedback.getByText("Thank you! Your answer is recorded.")).toBeHidden();
    await feedback.getByText("No? Tell us what went wrong (optional)").click();
    await feedback.getByRole("checkbox", { name: "It didn’t fix my problem" }).check();
    await feedback.getByRole("textbox", { name: /Anything else/ }).fill(`${marker} contact me at someone@example.com`);
    await feedback.getByRole("button", { name: "Send feedback" }).click();
    await expect(page).toHaveURL(/\/articles\/rate-limit-exceeded#feedback-thanks$/);
    await expect(page.getByText("Thank you! Your answer is recorded.")).toBeVisible();
    const [vote] = await eventually<{ helpful: boolean; reasons: string[]; comment: string }>("select helpful, reasons, comment from votes where comment like $1", [
      `${marker}%`,
    ]);
    expect(vote).toMatchObject({ helpful: false, reasons: ["didnt-fix"] });
    expect(vote!.comment).not.toContain("someone@example.com");
  });
});

// axe runs as a script in the page, so this page keeps JavaScript but gets the site's scripts
// refused (and the head script's `js` mark undone): it renders exactly as it does with JavaScript off.
test.describe("as rendered without JavaScript", () => {
  test.beforeEach(async ({ page }) => {
    await page.route(/\/_next\/static\/.*\.js$/, (route) => route.abort());
  });

  for (const colorScheme of ["light", "dark"] as const) {
    test(`the form as it shows without JavaScript passes axe (${colorScheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto(`${ARTICLE}#feedback-thanks`);
      // The inline head script still marked the page `js`; with no other script to run, undoing
      // the mark leaves the page exactly as a browser without JavaScript shows it.
      await page.evaluate(() => document.documentElement.classList.remove("js"));
      await expect(page.getByText("Thank you! Your answer is recorded.")).toBeVisible();
      await page.getByText("No? Tell us what went wrong (optional)").click();
      await expect(page.getByRole("checkbox", { name: "It’s out of date" })).toBeVisible();
      await expectNoAxeViolations(page);
    });
  }
});
