import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";

/**
 * The hostile fixture articles (tests/fixtures/hostile), built into a site of their own: each tries
 * to run script through raw tags, handlers, frames, dangerous URLs and Unicode tricks. Each page
 * must render, with no script of theirs run and no dialog opened.
 */
const PAGES = [
  "/articles/script-tags",
  "/articles/event-handlers",
  "/articles/frames-and-urls",
  "/articles/unicode-tricks",
  "/",
  "/errors",
  "/errors/400",
  "/errors/400/page/2",
  "/errors/hostile_request",
  "/categories/hostile",
  "/categories/hostile/page/2",
  "/articles",
  "/articles/page/2",
  "/symptoms",
  "/symptoms/page/2",
  "/symptoms/handlers-everywhere",
  "/symptoms/handlers-everywhere/page/2",
  // Not prerendered in this site (HELP_PRERENDERED_SYMPTOMS=1): rendered on its first request.
  "/symptoms/dangerous-links",
  "/search?q=script",
];

for (const path of PAGES) {
  test(`${path} renders inert`, async ({ page }) => {
    const dialogs: string[] = [];
    page.on("dialog", async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();

    // Give every handler its chance: hover, focus and click what the article rendered.
    const body = page.locator("main");
    for (const element of await body.locator(".article-body *, [data-symptom]").all()) {
      await element.hover({ timeout: 1000, trial: false }).catch(() => undefined);
      await element.dispatchEvent("focus").catch(() => undefined);
    }

    const findings = await page.evaluate(() => {
      const elements = [...document.querySelectorAll("main *")];
      return {
        ran: (window as unknown as { __xss?: unknown }).__xss ?? null,
        handlers: elements.flatMap((element) => [...element.attributes].filter((attribute) => /^on/i.test(attribute.name)).map((attribute) => `${element.tagName}[${attribute.name}]`)),
        dangerousUrls: elements.flatMap((element) =>
          ["href", "src", "action", "data", "formaction"].flatMap((name) => {
            const value = element.getAttribute(name)?.replace(/[\s\u0000-\u001f]/g, "").toLowerCase() ?? "";
            return value.startsWith("javascript:") || value.startsWith("data:") || value.startsWith("vbscript:") ? [`${element.tagName}[${name}]`] : [];
          }),
        ),
        forbiddenTags: [...document.querySelectorAll("main script, main style, main iframe, main object, main embed, main form[action^='javascript'], main base, main meta")].map(
          (element) => element.tagName,
        ),
        title: document.title,
      };
    });
    expect(findings).toEqual({ ran: null, handlers: [], dangerousUrls: [], forbiddenTags: [], title: expect.not.stringMatching(/pwned/) });
    expect(dialogs).toEqual([]);
  });
}

test("what should stay readable does: tags shown as text, safe links kept", async ({ page }) => {
  await page.goto("/articles/unicode-tricks");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("</title><script>window.__xss='title'</script>");
  await expect(page.getByRole("heading", { name: /as entities/ })).toContainText("<script>window.__xss='entity'</script>");
  await page.goto("/articles/frames-and-urls");
  await expect(page.getByRole("link", { name: "An outside link" })).toHaveAttribute("rel", "noopener noreferrer");
  await expect(page.getByRole("link", { name: "An outside link" })).toHaveAttribute("href", "https://example.com/safe");
  await expectNoAxeViolations(page);
});

test("the hostile articles' Markdown and llms.txt are served as text a browser never runs", async ({ request }) => {
  // Markdown keeps the author's raw HTML (it is the source); what makes it inert is the type: never
  // text/html, and nosniff so no browser guesses otherwise.
  for (const path of ["/articles/script-tags.md", "/articles/event-handlers.md", "/articles/frames-and-urls.md", "/articles/unicode-tricks.md", "/llms.txt", "/llms-full.txt"]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()["content-type"], path).toMatch(/^text\/(markdown|plain); charset=utf-8$/);
    expect(response.headers()["x-content-type-options"]).toBe("nosniff");
  }
});
