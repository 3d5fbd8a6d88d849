import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { NOT_FOUND_HEADER } from "@/lib/routes";

/**
 * A large site prerenders its most-linked symptom pages and renders the others on their first request
 * (lib/content/symptoms.ts). The hostile test site prerenders one (`HELP_PRERENDERED_SYMPTOMS=1` in
 * `build:hostile`), so its other symptom pages are that kind. They must answer like the prerendered
 * ones (whole HTML, no JavaScript needed, cacheable alike), and neither they nor unknown slugs may
 * write anything into the build folder: the server stays stateless and random URLs cannot fill a disk.
 */
const DIST = path.resolve(".next-hostile");
const SYMPTOM_PAGE = /^\/symptoms\/[^/]+$/;

function prerenderedSymptomPages(): string[] {
  const manifest = JSON.parse(fs.readFileSync(path.join(DIST, "prerender-manifest.json"), "utf8")) as { routes: Record<string, unknown> };
  return Object.keys(manifest.routes).filter((route) => SYMPTOM_PAGE.test(route));
}

function filesUnder(folder: string): string[] {
  return fs.readdirSync(folder, { recursive: true, encoding: "utf8" }).sort();
}

/** Every symptom's page, by path, as the sitemap lists them (the /symptoms listing is paginated). */
async function symptomPages(request: import("@playwright/test").APIRequestContext): Promise<string[]> {
  const sitemap = await (await request.get("/sitemap.xml")).text();
  return [...sitemap.matchAll(/<loc>[^<]*?(\/symptoms\/[^<\/]+)<\/loc>/g)].map((match) => match[1]!).filter((href) => href !== "/symptoms/page");
}

test("the build prerendered one symptom page and left the others to their first request", async ({ request }) => {
  const prerendered = prerenderedSymptomPages();
  expect(prerendered).toEqual(["/symptoms/handlers-everywhere"]);
  const linked = await symptomPages(request);
  expect(linked).toContain("/symptoms/handlers-everywhere");
  expect(linked.filter((href) => !prerendered.includes(href)).length).toBeGreaterThanOrEqual(3);
});

test("a symptom page rendered on request is whole without JavaScript, cached, and cacheable like a prerendered one", async ({ browser, request }) => {
  const prerendered = prerenderedSymptomPages();
  const onDemand = (await symptomPages(request)).filter((href) => !prerendered.includes(href));
  const reference = await request.get(prerendered[0]!);
  expect(reference.status()).toBe(200);

  const context = await browser.newContext({ javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    for (const href of onDemand) {
      const first = await request.get(href);
      expect(first.status(), href).toBe(200);
      expect(first.headers()["cache-control"], href).toBe(reference.headers()["cache-control"]);
      // Rendered once, then served from the server's cache: the same page, not a new render.
      const second = await request.get(href);
      expect(second.headers()["x-nextjs-cache"], href).toBe("HIT");
      expect(await second.text()).toBe(await first.text());

      await page.goto(href);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expect(page.locator('main a[href^="/articles/"]').first()).toBeVisible();
    }
  } finally {
    await context.close();
  }
});

test("unknown symptom slugs answer the 404 page and write nothing to disk", async ({ request }) => {
  // proxy.ts turns them away before the route, from the build's list of symptom slugs. Left to its
  // default, Next also stores each page rendered on request, 404s included, under the build folder
  // (server/route-cache/…): the whole folder is compared.
  const before = filesUnder(DIST);
  const onDemand = (await symptomPages(request)).filter((href) => !prerenderedSymptomPages().includes(href));
  for (let i = 0; i < 40; i += 1) {
    const response = await request.get(`/symptoms/no-such-symptom-${i}-${Date.now().toString(36)}`);
    expect(response.status()).toBe(404);
    // The 404 page itself, in the HTML (not only inside the React Server Components payload, which is
    // what Next 16 sends for notFound() on a page rendered on request: vercel/next.js #95613).
    expect(await response.text()).toMatch(/<h1[^>]*>We couldn’t find that page<\/h1>/);
  }
  for (const href of onDemand) expect((await request.get(href)).status()).toBe(200);
  expect(filesUnder(DIST)).toEqual(before);
});

test("the proxy's mark for the 404 page cannot be sent from outside to make a known page a 404", async ({ request }) => {
  // A cache in front would keep that 404 for everyone.
  for (const href of [...prerenderedSymptomPages(), "/symptoms/dangerous-links"]) {
    const response = await request.get(href, { headers: { [NOT_FOUND_HEADER]: "1" } });
    expect(response.status(), href).toBe(200);
  }
});
