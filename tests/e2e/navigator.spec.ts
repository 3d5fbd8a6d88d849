import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";

test.describe("symptom navigator", () => {
  test("429 reaches the rate-limit article's solution step in one click from home", async ({ page }) => {
    await page.goto("/");
    const codes = page.getByRole("region", { name: "I get an error code" });
    await codes.getByRole("link", { name: /^429 Too Many Requests/ }).click();
    await expect(page).toHaveURL(/\/articles\/rate-limit-exceeded#check-rate-limit-headers$/);
    await expect(page.getByRole("heading", { name: "Check the rate limit headers" })).toBeInViewport();
  });

  test("a code two articles share leads to a page choosing between them: still two clicks", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("link", { name: /^500 Internal Server Error/ }).click();
    await expect(page).toHaveURL(/\/errors\/500$/);
    await expect(page.getByRole("heading", { level: 2, name: "Which one is it?" })).toBeVisible();
    await page.getByRole("link", { name: "High error rates (many requests failing)" }).first().click();
    await expect(page).toHaveURL(/\/articles\/high-error-rates/);
  });

  test("a symptom with one article goes straight to its solutions", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("link", { name: /^Not receiving budget alerts/ }).click();
    await expect(page).toHaveURL(/\/articles\/budget-alerts-not-working#solutions$/);
    await expect(page.getByRole("heading", { level: 2, name: "Solutions" })).toBeInViewport();
  });

  test("every symptom has its own page listing the fix steps", async ({ page }) => {
    await page.goto("/symptoms/rate-limit-reached");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Rate limit reached");
    await page.getByRole("link", { name: "Implement exponential backoff" }).click();
    await expect(page).toHaveURL(/\/articles\/rate-limit-exceeded#exponential-backoff$/);
  });
});

test.describe("error codes", () => {
  test("/errors lists every code with its meaning and where to go", async ({ page }) => {
    await page.goto("/errors");
    const platform = page.getByRole("table", { name: "Platform error codes" });
    const row = platform.getByRole("row").filter({ hasText: "api_key_revoked" });
    await expect(row).toContainText("revoked in Settings → API keys");
    await row.getByRole("link", { name: /Check the API key hasn't been revoked/ }).click();
    await expect(page).toHaveURL(/\/articles\/invalid-api-key#check-revoked$/);
  });

  test("/errors/<code> is a stable page that leads to the fix", async ({ page }) => {
    await page.goto("/errors/rate_limit_exceeded");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("rate_limit_exceeded");
    await page.getByRole("link", { name: "Check the rate limit headers" }).first().click();
    await expect(page).toHaveURL(/\/articles\/rate-limit-exceeded#check-rate-limit-headers$/);
  });

  test("an unknown code is a helpful 404 with search and the navigator", async ({ page }) => {
    const response = await page.goto("/errors/teapot_overflow");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("link", { name: "Pick what you see" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Every error code" })).toBeVisible();
    await page.getByRole("main").getByRole("searchbox").fill("teapot");
    await page.getByRole("main").getByRole("button", { name: "Search" }).click();
    await expect(page).toHaveURL(/\/search\?q=teapot$/);
  });

  test("/errors.json maps each code to its page and articles", async ({ request }) => {
    const body = await (await request.get("/errors.json")).json();
    expect(body.version).toBe(1);
    expect(body.codes["429"]).toMatchObject({ kind: "http", status: 429, name: "Too Many Requests", url: expect.stringMatching(/\/errors\/429$/) });
    expect(body.codes.invalid_api_key).toMatchObject({
      kind: "platform",
      status: 401,
      title: "Invalid API key (401 Unauthorized)",
      articles: [{ slug: "invalid-api-key", url: expect.stringMatching(/\/articles\/invalid-api-key#verify-key$/) }],
    });
    expect(Object.keys(body.codes)).toHaveLength(36);
  });
});

test.describe("paste your error", () => {
  test("a pasted JSON 401 body lands on invalid-api-key", async ({ page }) => {
    await page.goto("/");
    await page
      .getByRole("textbox", { name: /Paste an error/ })
      .fill('{"error": {"type": "authentication_error", "code": "invalid_api_key", "message": "Invalid API key provided: sk_live_4f2a****", "request_id": "req_9Lm4TqB2vRz8"}}');
    const recognized = page.getByRole("list", { name: "Recognized in your error" });
    await expect(recognized).toContainText("Code invalid_api_key");
    await expect(recognized).toContainText("req_9Lm4TqB2vRz8");
    await page.getByRole("link", { name: /Best match: Invalid API key/ }).click();
    await expect(page).toHaveURL(/\/articles\/invalid-api-key#verify-key$/);
  });

  test("a plain sentence still finds the article", async ({ page }) => {
    await page.goto("/errors");
    await page.getByRole("textbox", { name: /Paste an error/ }).fill("I keep getting forbidden when I call the embeddings endpoint");
    await expect(page.getByRole("link", { name: /Best match: Permission denied/ })).toBeVisible();
  });

  test("nothing pasted is sent over the network", async ({ page }) => {
    await page.goto("/");
    const box = page.getByRole("textbox", { name: /Paste an error/ });
    await expect(box).toBeEnabled();
    const sent: string[] = [];
    page.on("request", (request) => sent.push(`${request.url()} ${request.postData() ?? ""}`));
    await box.fill("HTTP/1.1 429 Too Many Requests\nX-Request-Id: req_secretmarker123");
    await expect(page.getByRole("link", { name: /Best match/ })).toBeVisible();
    expect(sent.filter((entry) => entry.includes("secretmarker"))).toEqual([]);
  });
});

test.describe("guided checklist and escalation", () => {
  test.use({ permissions: ["clipboard-read", "clipboard-write"] });

  test("every step tried opens the panel, and the support request lists them", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("link", { name: /^Rate limit reached/ }).click();
    await expect(page).toHaveURL(/\/articles\/rate-limit-exceeded#solutions$/);

    const tried = page.getByRole("button", { name: "Tried — didn’t help" });
    const count = await tried.count();
    expect(count).toBe(5);
    for (let index = 0; index < count; index += 1) await tried.nth(index).click();
    await expect(page.getByRole("button", { name: "Tried — didn’t help", pressed: true })).toHaveCount(5);

    const request = page.getByRole("region", { name: "Your support request" });
    await expect(request).toContainText("Still stuck: Rate limit exceeded (429 Too Many Requests) after trying 5 of 5 steps");
    await expect(request).toContainText("1. Check the rate limit headers: tried, didn't help");
    await expect(request).toContainText("5. Contact your organization administrator: tried, didn't help");
    await expect(request).toContainText("What I see: Rate limit reached");

    await page.getByRole("textbox", { name: /The error you got/ }).fill("HTTP/1.1 429 Too Many Requests\nRetry-After: 20\nX-Request-Id: req_7Hc2KpQ9sXw3");
    await expect(request).toContainText("Request IDs: req_7Hc2KpQ9sXw3");
    await page.getByRole("button", { name: "Copy as Markdown" }).click();
    await expect(page.getByText("Support request copied as Markdown")).toBeVisible();
    const clipboard = await page.evaluate(() => navigator.clipboard.readText());
    expect(clipboard).toContain("1. [Check the rate limit headers](");
    expect(clipboard).toContain("#check-rate-limit-headers): tried, didn't help");
    expect(clipboard).toContain("`req_7Hc2KpQ9sXw3`");
    await expectNoAxeViolations(page);
  });

  test("'This fixed it' ends the flow and the marks survive a reload", async ({ page }) => {
    await page.goto("/articles/permission-denied");
    await page.getByRole("group", { name: /Did “Check the API key's scopes” help/ }).getByRole("button", { name: "This fixed it" }).click();
    await expect(page.getByText("Glad that fixed it.")).toBeVisible();
    await expect(page.getByRole("button", { name: "Tried — didn’t help" })).toHaveCount(0);
    await page.reload();
    await expect(page.getByText("Glad that fixed it.")).toBeVisible();
    await page.getByRole("button", { name: "Undo: the problem is back" }).click();
    await expect(page.getByRole("button", { name: "Tried — didn’t help" })).toHaveCount(4);
  });

  test("the reader can ask for the panel before trying everything", async ({ page }) => {
    await page.goto("/articles/slow-api-responses");
    const open = page.getByRole("button", { name: "I’m still stuck: build a support request" });
    await open.click();
    await expect(page.getByRole("button", { name: "Hide the support request" })).toHaveAttribute("aria-expanded", "true");
    await expect(page.getByRole("region", { name: "Your support request" })).toContainText("after trying 0 of 4 steps");
    await expect(page.getByRole("link", { name: "Open an email with this request" })).toHaveAttribute("href", /^mailto:support@aiaas\.example\?subject=/);
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the navigator, symptom and error pages are plain links that work", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("region", { name: "I get an error code" }).getByRole("link", { name: /^403 Forbidden/ }).click();
    await expect(page).toHaveURL(/\/articles\/permission-denied#verify-role$/);
    await page.goto("/errors");
    await page.getByRole("link", { name: "503", exact: true }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("503 Service Unavailable");
    await page.getByRole("link", { name: "High error rates (many requests failing)" }).first().click();
    await expect(page).toHaveURL(/\/articles\/high-error-rates/);
    await page.goto("/symptoms");
    await page.getByRole("link", { name: "Requests time out" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Requests time out");
  });

  test("the paste box says it needs JavaScript instead of failing silently", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByText("Reading a pasted error needs JavaScript")).toBeVisible();
    await expect(page.getByRole("textbox", { name: /Paste an error/ })).toBeDisabled();
  });
});
