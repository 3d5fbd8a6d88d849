import { expect, test } from "@playwright/test";
import { eventually, queryStore, sessionOf } from "./event-store";

/** The other signals, each checked in the store: views, searches, outcomes, pastes, escalation. */
test.use({ permissions: ["clipboard-read", "clipboard-write"] });

const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 7)}`;

test("a header search that finds nothing is recorded once, as zero results, when the box is left", async ({ page }) => {
  const query = `qqzx vvbnm ${unique()}`;
  await page.goto("/");
  const box = page.getByRole("combobox", { name: "Search the help center" });
  await box.fill(query);
  await expect(page.getByRole("option", { name: /No instant matches/ })).toBeVisible();
  await box.press("Tab");
  const session = await sessionOf(page);
  const rows = await eventually<{ results: number; source: string; opened_position: number | null }>(
    "select results, source, opened_position from searches where query = $1 and session = $2",
    [query, session],
  );
  expect(rows).toEqual([{ results: 0, source: "header", opened_position: null }]);
});

test("a result opened from the header box records its position", async ({ page }) => {
  await page.goto("/");
  const box = page.getByRole("combobox", { name: "Search the help center" });
  await box.fill("rate limit");
  const second = page.getByRole("option").nth(1);
  await expect(second).toBeVisible();
  await second.click();
  await expect(page).toHaveURL(/\/articles\//);
  const article = new URL(page.url()).pathname.split("/").pop()!;
  const session = await sessionOf(page);
  const [search] = await eventually<{ opened_position: number; opened_article: string; results: number }>(
    "select opened_position, opened_article, results from searches where session = $1 and query = 'rate limit'",
    [session],
  );
  expect(search).toMatchObject({ opened_position: 2, opened_article: article });
  expect(search!.results).toBeGreaterThanOrEqual(2);
});

test("a search on the results page is recorded, then completed with the result opened", async ({ page }) => {
  await page.goto("/search?q=API+key");
  const session = await sessionOf(page);
  await eventually("select 1 from searches where session = $1 and source = 'page' and query = 'api key' and opened_position is null", [session]);
  const third = page.getByRole("main").getByRole("listitem").nth(2).getByRole("link").first();
  const article = (await third.getAttribute("data-result-article"))!;
  await third.click();
  await expect(page).toHaveURL(new RegExp(`/articles/${article}`));
  const rows = await eventually<{ opened_position: number; opened_article: string }>(
    "select opened_position, opened_article from searches where session = $1 and source = 'page' and opened_position is not null",
    [session],
  );
  expect(rows).toEqual([{ opened_position: 3, opened_article: article }]);
  expect(await queryStore("select 1 from searches where session = $1", [session])).toHaveLength(1);
});

test("an article view, a step outcome, Still stuck opened and the request copied are recorded per article", async ({ page }) => {
  await page.goto("/articles/rate-limit-exceeded");
  const session = await sessionOf(page);
  await eventually("select 1 from page_events where session = $1 and article = 'rate-limit-exceeded' and kind = 'view'", [session]);

  await page.getByRole("group", { name: /Did “Check the rate limit headers” help/ }).getByRole("button", { name: "Tried — didn’t help" }).click();
  await eventually("select 1 from step_outcomes where session = $1 and step = 'check-rate-limit-headers' and outcome = 'tried'", [session]);

  await page.getByRole("button", { name: /I’m still stuck: build a support request/ }).click();
  await eventually("select 1 from page_events where session = $1 and kind = 'stuck'", [session]);
  await page.getByRole("button", { name: "Copy as text" }).click();
  await expect(page.getByText("Support request copied as text")).toBeVisible();
  await eventually("select 1 from page_events where session = $1 and kind = 'request_copied' and article = 'rate-limit-exceeded'", [session]);
});

test("a paste records the codes and statuses it recognized, never its text", async ({ page }) => {
  const requestId = `req_${unique()}`;
  await page.goto("/");
  await page
    .getByRole("textbox", { name: /Paste an error message/ })
    .fill(`HTTP/1.1 429 Too Many Requests\n{"error": {"code": "rate_limit_exceeded", "request_id": "${requestId}"}}`);
  await expect(page.getByRole("list", { name: "Recognized in your error" })).toBeVisible();
  const session = await sessionOf(page);
  const [paste] = await eventually<{ codes: string[]; statuses: number[]; source: string }>("select codes, statuses, source from pastes where session = $1", [session]);
  expect(paste).toEqual({ codes: ["rate_limit_exceeded"], statuses: [429], source: "home" });
  const everywhere = await queryStore(
    "select 1 from pastes p where p::text like $1 union all select 1 from searches s where s::text like $1 union all select 1 from votes v where v::text like $1",
    [`%${requestId}%`],
  );
  expect(everywhere).toEqual([]);
});

test.describe("with Global Privacy Control on", () => {
  test.use({ extraHTTPHeaders: { "Sec-GPC": "1" } });

  test("nothing is recorded: not the view, the vote, nor the search", async ({ page }) => {
    const query = `gpc probe ${unique()}`;
    const answers: number[] = [];
    page.on("response", (response) => {
      if (response.url().endsWith("/api/events")) answers.push(response.status());
    });
    await page.goto("/articles/permission-denied");
    const feedback = page.getByRole("region", { name: "Was this helpful?" });
    await feedback.getByRole("button", { name: "No", exact: true }).click();
    await page.getByRole("combobox", { name: "Search the help center" }).fill(query);
    // Instant results are ready (a search is recorded only with its result count known).
    await expect(page.getByRole("search").getByRole("status")).toHaveText(/\d+ suggestions?/);
    await page.getByRole("combobox", { name: "Search the help center" }).press("Tab");
    // The server answered every send (view, vote, search) with "not recorded".
    await expect.poll(() => answers.length, { timeout: 20_000 }).toBe(3);
    expect(answers).toEqual([200, 200, 200]);
    const session = await sessionOf(page);
    const stored = await queryStore(
      "select 1 from page_events where session = $1 union all select 1 from votes where session = $1 union all select 1 from searches where session = $1 or query = $2",
      [session, query],
    );
    expect(stored).toEqual([]);
  });
});
