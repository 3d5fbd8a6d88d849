import { expect, type APIRequestContext, type Page } from "@playwright/test";

/** The staff password and session secret the portal under test runs with (playwright.config.ts). */
export const STAFF_PASSWORD = "e2e staff password, long enough";
export const STAFF_SESSION_SECRET = "e2e-session-secret-".padEnd(48, "x");

/** Signs a browser context in through the sign-in API, as the form does with JavaScript. */
export async function signIn(request: APIRequestContext, baseURL: string): Promise<void> {
  const response = await request.post("/api/insights/session", { data: { password: STAFF_PASSWORD }, headers: { origin: baseURL } });
  expect(response.status()).toBe(200);
}

/** Signs in with the form on the sign-in page the browser is on. */
export async function signInWithForm(page: Page, password = STAFF_PASSWORD): Promise<void> {
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/** A private answer: never cached, never indexed. */
export function expectPrivate(headers: Record<string, string>): void {
  expect(headers["cache-control"]).toBe("private, no-store");
  expect(headers["x-robots-tag"]).toContain("noindex");
}
