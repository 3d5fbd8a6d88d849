import { expect, test, type Page } from "@playwright/test";

/**
 * Browsers refuse storage in private modes, with cookies blocked, or when the quota is full. The
 * portal then keeps what the reader chose in memory, so the theme, the step marks and the "Still
 * stuck?" support request all still work for the visit.
 */
const REFUSALS = {
  "full quota (writes throw QuotaExceededError)": () => {
    const refuse = () => {
      throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
    };
    Storage.prototype.setItem = refuse;
  },
  "blocked storage (every access throws SecurityError)": () => {
    const refuse = () => {
      throw new DOMException("Access is denied for this document.", "SecurityError");
    };
    Storage.prototype.setItem = refuse;
    Storage.prototype.getItem = refuse;
    Storage.prototype.removeItem = refuse;
  },
};

async function refuseStorage(page: Page, refusal: () => void) {
  await page.addInitScript(refusal);
}

for (const [name, refusal] of Object.entries(REFUSALS)) {
  test.describe(`with ${name}`, () => {
    test.use({ permissions: ["clipboard-read", "clipboard-write"] });

    test("the theme toggle still switches the theme", async ({ page }) => {
      await refuseStorage(page, refusal);
      await page.goto("/articles/api-errors");
      const toggle = page.getByRole("button", { name: /Colour theme: system/ });
      await toggle.click();
      await expect(page.locator("html")).toHaveAttribute("data-theme", "light");
      await page.getByRole("button", { name: /Colour theme: light/ }).click();
      await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
      await expect(page.getByRole("button", { name: /Colour theme: dark\. Switch to system/ })).toBeVisible();
    });

    test("'This fixed it' and its undo still work", async ({ page }) => {
      await refuseStorage(page, refusal);
      await page.goto("/articles/permission-denied");
      await page.getByRole("group", { name: /Did “Check the API key's scopes” help/ }).getByRole("button", { name: "This fixed it" }).click();
      await expect(page.getByText("Glad that fixed it.")).toBeVisible();
      await page.getByRole("button", { name: "Undo: the problem is back" }).click();
      await expect(page.getByRole("button", { name: "Tried — didn’t help" })).toHaveCount(4);
    });

    test("the support request can still be built, and copied without the key", async ({ page }) => {
      await refuseStorage(page, refusal);
      await page.goto("/articles/invalid-api-key");
      await page.getByRole("button", { name: "Tried — didn’t help" }).first().click();
      await expect(page.getByText(/Marked as tried: 1 of/)).toBeVisible();
      await page.getByRole("button", { name: "I’m still stuck: build a support request" }).click();
      const request = page.getByRole("region", { name: "Your support request" });
      await expect(request).toContainText("after trying 1 of");

      const key = "sk-proj-Q7rT2vX9kL4mN8pW3zB6cY1dF5gH0jS";
      await page.getByRole("textbox", { name: /The error you got/ }).fill(`HTTP/1.1 401 Unauthorized\nAuthorization: Bearer ${key}\n{"error":{"code":"invalid_api_key","message":"Incorrect API key provided: ${key}"}}`);
      await expect(request).toContainText("Code invalid_api_key");
      await expect(request).toContainText("Message: Incorrect API key provided: sk-proj-…redacted");
      await page.getByRole("button", { name: "Copy as text" }).click();
      await expect(page.getByText("Support request copied as text")).toBeVisible();
      const clipboard = await page.evaluate(() => navigator.clipboard.readText());
      expect(clipboard).toContain("Code invalid_api_key");
      expect(clipboard).not.toContain(key.slice(8));
      const mailto = await page.getByRole("link", { name: "Open an email with this request" }).getAttribute("href");
      expect(decodeURIComponent(mailto!)).not.toContain(key.slice(8));
    });
  });
}
