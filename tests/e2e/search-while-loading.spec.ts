import { expect, test, type Page, type Request } from "@playwright/test";

/**
 * While the header search's index downloads, the server answers (`/api/search`); once the index is
 * ready, the page's own search takes over and the server is asked nothing more. The page's own
 * requests are held or refused with Playwright's routing; the server answering them is the real one.
 */
const INDEX = /\/search-index\/[0-9a-f]{16}\.json$/;
const API = /\/api\/search\?/;

/** Holds every matching request of the page until `release` is called, then lets it through. */
async function hold(page: Page, url: RegExp): Promise<() => void> {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(url, async (route) => {
    await released;
    // The page may have aborted it meanwhile (a newer query, or the index became ready).
    await route.continue().catch(() => undefined);
  });
  return release;
}

function apiQueries(page: Page): string[] {
  const queries: string[] = [];
  page.on("request", (request: Request) => {
    if (API.test(request.url())) queries.push(new URL(request.url()).searchParams.get("q") ?? "");
  });
  return queries;
}

const box = (page: Page) => page.getByRole("combobox", { name: "Search the help center" });
const listbox = (page: Page) => page.getByRole("listbox", { name: "Search suggestions" });

test("shows the server's results while the index loads, then the index's own", async ({ page }) => {
  const releaseIndex = await hold(page, INDEX);
  const asked = apiQueries(page);
  await page.goto("/");
  await box(page).fill("429");

  await expect(listbox(page)).toHaveAttribute("data-source", "server");
  await expect(page.getByRole("option").first()).toContainText("Rate limit exceeded");
  await expect(page.getByRole("option").first().locator("mark").first()).toHaveText("429");
  await expect(page.getByRole("status").filter({ hasText: "suggestion" })).toHaveText(/\d+ suggestions?/);
  expect(asked).toContain("429");

  releaseIndex();
  await expect(listbox(page)).toHaveAttribute("data-source", "local");
  await expect(page.getByRole("option").first()).toContainText("Rate limit exceeded");

  // From now on the index answers alone.
  const askedBefore = asked.length;
  await box(page).fill("budget alerts");
  await expect(page.getByRole("option").first().locator("mark").first()).toHaveText(/budget/i);
  expect(asked.slice(askedBefore)).toEqual([]);
});

test("a server answer still on its way when the index is ready is dropped", async ({ page }) => {
  const releaseIndex = await hold(page, INDEX);
  const releaseApi = await hold(page, API);
  await page.goto("/");
  const pending = page.waitForRequest(API);
  await box(page).fill("exponential backof");
  const request = await pending;
  const dropped = page.waitForEvent("requestfailed", (failed) => failed === request);

  releaseIndex();
  await expect(listbox(page)).toHaveAttribute("data-source", "local");
  await expect(page.getByRole("option").first()).toContainText("Implement exponential backoff");
  // The page gave up the request when its index was ready; letting it through now changes nothing.
  await dropped;
  releaseApi();
  await expect(listbox(page)).toHaveAttribute("data-source", "local");
  await expect(page.getByRole("option").first()).toContainText("Implement exponential backoff");
});

/** Holds each search API request of the page until it is released by its query. */
async function holdEachQuery(page: Page): Promise<(query: string) => void> {
  const releases = new Map<string, () => void>();
  const waiting = new Map<string, Promise<void>>();
  const gate = (query: string) => {
    if (!waiting.has(query)) waiting.set(query, new Promise<void>((resolve) => releases.set(query, resolve)));
    return waiting.get(query)!;
  };
  await page.route(API, async (route) => {
    await gate(new URL(route.request().url()).searchParams.get("q") ?? "");
    await route.continue().catch(() => undefined);
  });
  return (query) => {
    gate(query);
    releases.get(query)!();
  };
}

const asking = (page: Page, query: string) =>
  page.waitForRequest((request) => API.test(request.url()) && new URL(request.url()).searchParams.get("q") === query);

/**
 * With the index held, types "budget" and then "invalid api key", each asked of the server and held
 * there: `release(query)` lets one answer through; `stale` is the request for "budget".
 */
async function twoHeldQueries(page: Page): Promise<{ release: (query: string) => void; stale: Request }> {
  await hold(page, INDEX);
  const release = await holdEachQuery(page);
  await page.goto("/");
  const older = asking(page, "budget");
  await box(page).fill("budget");
  const stale = await older;
  const newer = asking(page, "invalid api key");
  await box(page).fill("invalid api key");
  await newer;
  return { release, stale };
}

test("typing on, the answer for what was typed a moment ago shows until the newer one arrives", async ({ page }) => {
  const { release } = await twoHeldQueries(page);

  release("budget");
  await expect(listbox(page)).toHaveAttribute("data-source", "server");
  await expect(page.getByRole("option").first()).toContainText(/budget/i);
  release("invalid api key");
  await expect(page.getByRole("option").first()).toContainText(/API key/i);
});

test("an answer for an older query never replaces a newer one's", async ({ page }) => {
  const { release, stale } = await twoHeldQueries(page);

  release("invalid api key");
  await expect(page.getByRole("option").first()).toContainText(/API key/i);
  release("budget");
  await (await stale.response())!.finished();
  // The stale answer has been read; two frames later the page has done whatever it would with it.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  await expect(page.getByRole("option").first()).toContainText(/API key/i);
  await expect(page.getByRole("option").first()).not.toContainText(/budget/i);
});

test("with the index unreachable, the server's results still come", async ({ page }) => {
  await page.route(INDEX, (route) => route.abort("internetdisconnected"));
  await page.goto("/");
  await box(page).fill("cant login");
  await expect(listbox(page)).toHaveAttribute("data-source", "server");
  await expect(page.getByRole("option").first()).toContainText("Can't sign in");
});

test("offline (index and server unreachable), it says instant results are unavailable", async ({ page }) => {
  await page.route(INDEX, (route) => route.abort("internetdisconnected"));
  await page.route(API, (route) => route.abort("internetdisconnected"));
  await page.goto("/");
  await box(page).fill("budget");
  await expect(page.getByRole("option", { name: /Instant results are unavailable\. See all results for “budget”/ })).toBeVisible();
  await expect(box(page)).toHaveAttribute("aria-expanded", "true");
});
