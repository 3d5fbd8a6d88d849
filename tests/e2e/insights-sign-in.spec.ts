import { expect, test } from "@playwright/test";
import { parseStaffAuth } from "@/lib/auth/config";
import { createSessionToken } from "@/lib/auth/session";
import { expectPrivate, signIn, signInWithForm, STAFF_PASSWORD, STAFF_SESSION_SECRET } from "./staff";

/**
 * Staff sign-in for /insights, in Chromium against `next start` (which runs with the password in
 * tests/e2e/staff.ts). The sign-in limit is per client address; tests that spend it come from
 * addresses of their own (`X-Forwarded-For`, which `next start` takes as the client's when it
 * faces clients directly, see lib/events/http/client-ip.ts).
 */
const ownAddress = () => ({ "x-forwarded-for": `198.51.100.${Math.floor(Math.random() * 250) + 1}, 203.0.113.${Math.floor(Math.random() * 250) + 1}` });

test("a wrong password is refused with an error, and repeated attempts get 429 even with the right one", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, extraHTTPHeaders: ownAddress() });
  const page = await context.newPage();
  await page.goto("/insights");
  await expect(page).toHaveURL(/\/insights\/sign-in\?next=%2Finsights$/);
  for (let attempt = 1; attempt <= 5; attempt++) {
    const answer = page.waitForResponse((response) => response.url().endsWith("/api/insights/session"));
    await signInWithForm(page, `wrong password number ${attempt}`);
    expect((await answer).status()).toBe(401);
    await expect(page.getByRole("alert").filter({ hasText: "That password is not right." })).toBeVisible();
  }
  const limited = page.waitForResponse((response) => response.url().endsWith("/api/insights/session"));
  await signInWithForm(page, STAFF_PASSWORD);
  const response = await limited;
  expect(response.status()).toBe(429);
  expect(Number(response.headers()["retry-after"])).toBeGreaterThan(0);
  await expect(page.locator("#sign-in-error")).toHaveText(/^Too many attempts\. Try again in \d+ seconds\.$/);
  await expect(page).toHaveURL(/\/insights\/sign-in/);
  await context.close();
});

test("without JavaScript, a wrong password comes back to the form with the error", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, javaScriptEnabled: false, extraHTTPHeaders: ownAddress() });
  const page = await context.newPage();
  await page.goto("/insights/sign-in?next=/insights/fixes");
  await signInWithForm(page, "not the password at all");
  await expect(page).toHaveURL(/error=wrong/);
  await expect(page.getByRole("alert").filter({ hasText: "That password is not right." })).toBeVisible();
  await signInWithForm(page);
  await expect(page).toHaveURL(/\/insights\/fixes$/);
  await expect(page.getByRole("heading", { level: 1, name: "Which fixes work" })).toBeVisible();
  await context.close();
});

test("the session cookie is HttpOnly, SameSite=Strict, expiring, and Secure over HTTPS", async ({ request, baseURL }) => {
  const plain = await request.post("/api/insights/session", { data: { password: STAFF_PASSWORD }, headers: { origin: baseURL! } });
  expect(plain.status()).toBe(200);
  expectPrivate(plain.headers());
  const cookie = plain.headers()["set-cookie"]!;
  expect(cookie).toMatch(/^help_staff_session=[\w-]+\.[\w-]+\.[\w-]+;/);
  expect(cookie).toMatch(/HttpOnly/i);
  expect(cookie).toMatch(/SameSite=Strict/i);
  expect(cookie).toMatch(/Max-Age=28800/);
  expect(cookie).not.toMatch(/Secure/i);
  const tls = await request.post("/api/insights/session", { data: { password: STAFF_PASSWORD }, headers: { origin: baseURL!, "x-forwarded-proto": "https" } });
  expect(tls.headers()["set-cookie"]).toMatch(/; Secure/i);
  // Another site cannot sign a browser in.
  const foreign = await request.post("/api/insights/session", { data: { password: STAFF_PASSWORD }, headers: { origin: "https://evil.example", "sec-fetch-site": "cross-site" } });
  expect(foreign.status()).toBe(403);
});

test("without a session the API answers 401 JSON and pages redirect to sign-in, all private", async ({ request }) => {
  for (const path of ["/api/insights/articles", "/api/insights/steps.csv?days=7"]) {
    const response = await request.get(path);
    expect(response.status()).toBe(401);
    expect(await response.json()).toEqual({ error: "sign in first", signIn: "/insights/sign-in" });
    expectPrivate(response.headers());
  }
  const page = await request.get("/insights/searches?days=90", { maxRedirects: 0 });
  expect(page.status()).toBe(307);
  expect(page.headers().location).toBe("/insights/sign-in?next=%2Finsights%2Fsearches%3Fdays%3D90");
  expectPrivate(page.headers());
  const signInPage = await request.get("/insights/sign-in");
  expectPrivate(signInPage.headers());
  expect(await signInPage.text()).toContain('<meta name="robots" content="noindex, nofollow"/>');
});

test("sign out: insights redirect to sign-in again", async ({ page, baseURL }) => {
  await signIn(page.request, baseURL!);
  await page.goto("/insights/fixes?days=30");
  await expect(page.getByRole("heading", { level: 1, name: "Which fixes work" })).toBeVisible();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/insights\/sign-in\?signed-out=1$/);
  await expect(page.getByRole("status").filter({ hasText: "You are signed out." })).toBeVisible();
  expect((await page.context().cookies()).find((cookie) => cookie.name === "help_staff_session")).toBeUndefined();
  await page.goto("/insights/fixes?days=30");
  await expect(page).toHaveURL(/\/insights\/sign-in\?next=%2Finsights%2Ffixes%3Fdays%3D30$/);
});

test("an expired or tampered session cookie is refused", async ({ page, baseURL }) => {
  const auth = parseStaffAuth({ HELP_ADMIN_PASSWORD: STAFF_PASSWORD, HELP_SESSION_SECRET: STAFF_SESSION_SECRET }).auth!;
  const setToken = (value: string) => page.context().addCookies([{ name: "help_staff_session", value, url: baseURL! }]);
  // A token made as the server makes them is accepted: the refusals below are about expiry and tampering.
  await setToken(await createSessionToken(auth));
  await page.goto("/insights");
  await expect(page.getByRole("heading", { level: 1, name: "Trend" })).toBeVisible();

  await setToken(await createSessionToken(auth, new Date(Date.now() - 9 * 3600_000)));
  await page.goto("/insights");
  await expect(page).toHaveURL(/\/insights\/sign-in/);
  expect((await page.request.get("/api/insights/trend")).status()).toBe(401);

  const good = await createSessionToken(auth);
  const [header, payload, signature] = good.split(".");
  const claims = JSON.parse(Buffer.from(payload!, "base64url").toString()) as Record<string, unknown>;
  const longer = Buffer.from(JSON.stringify({ ...claims, exp: (claims.exp as number) + 86_400 * 365 })).toString("base64url");
  for (const tampered of [`${header}.${longer}.${signature}`, `${header}.${payload}.${signature!.slice(0, -3)}AAA`, "not-a-token"]) {
    await setToken(tampered);
    await page.goto("/insights/articles");
    await expect(page).toHaveURL(/\/insights\/sign-in/);
    expect((await page.request.get("/api/insights/articles")).status()).toBe(401);
  }
});

test("with no staff password configured, insights do not exist (404)", async ({ request }) => {
  // The hostile-content site runs without HELP_ADMIN_PASSWORD.
  const hostile = `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 3100) + 1}`;
  for (const path of ["/insights", "/insights/articles", "/insights/sign-in", "/api/insights/articles"]) {
    const response = await request.get(`${hostile}${path}`, { maxRedirects: 0 });
    expect(response.status(), path).toBe(404);
    expectPrivate(response.headers());
  }
  const post = await request.post(`${hostile}/api/insights/session`, { data: { password: STAFF_PASSWORD }, headers: { origin: hostile } });
  expect(post.status()).toBe(404);
});
