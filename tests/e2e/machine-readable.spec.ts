import { expect, test, type APIRequestContext } from "@playwright/test";

/**
 * The doors for assistants and browsers: each article as Markdown, /llms.txt and /llms-full.txt,
 * and the OpenSearch description with its suggestions, all from the built site over HTTP.
 */
const pathOf = (url: string) => new URL(url).pathname;

async function llmsLinks(request: APIRequestContext): Promise<string[]> {
  const text = await (await request.get("/llms.txt")).text();
  return [...text.matchAll(/^- \[[^\]]+\]\((https?:\/\/[^)]+)\): /gm)].map((match) => match[1]!);
}

test("every article's Markdown is served as text/markdown, with the page as canonical", async ({ request }) => {
  const articles = (await llmsLinks(request)).filter((url) => url.endsWith(".md"));
  expect(articles.length).toBeGreaterThan(10);
  for (const url of articles) {
    const response = await request.get(pathOf(url));
    expect(response.status(), url).toBe(200);
    expect(response.headers()["content-type"]).toBe("text/markdown; charset=utf-8");
    expect(response.headers()["link"]).toMatch(new RegExp(`^<https?://[^>]+${pathOf(url).replace(/\.md$/, "")}>; rel="canonical"$`));
    expect(response.headers()["content-security-policy"]).toContain("default-src 'self'");
    // Answered per request from the artifacts, yet cached like a static page: a CDN keeps it until the deploy purges it.
    expect(response.headers()["cache-control"]).toBe("public, max-age=0, s-maxage=31536000, must-revalidate");
    const text = await response.text();
    expect(text).toMatch(/^# .+\n\n.+\n\n- URL: https?:\/\/\S+\/articles\/[a-z0-9-]+\n/);
    expect(text).not.toMatch(/\{#[a-z0-9-]+\}/);
  }
});

test("a step's heading in the Markdown links to the step's stable URL", async ({ request }) => {
  const text = await (await request.get("/articles/rate-limit-exceeded.md")).text();
  expect(text).toMatch(/^### \[Check the rate limit headers\]\(https?:\/\/\S+\/articles\/rate-limit-exceeded#check-rate-limit-headers\)$/m);
});

test("a renamed article's Markdown follows it; unknown and internal names are 404s", async ({ request }) => {
  const moved = await request.get("/articles/too-many-requests.md", { maxRedirects: 0 });
  expect(moved.status()).toBe(308);
  expect(moved.headers()["location"]).toMatch(/\/articles\/rate-limit-exceeded\.md$/);
  for (const path of ["/articles/no-such-article.md", "/markdown/rate-limit-exceeded", "/articles/rate-limit-exceeded.md.md"]) {
    expect((await request.get(path, { maxRedirects: 0 })).status(), path).toBe(404);
  }
});

test("the article page names its Markdown, and the sitemap keeps to pages", async ({ page, request }) => {
  await page.goto("/articles/invalid-api-key");
  await expect(page.locator('link[rel="alternate"][type="text/markdown"]')).toHaveAttribute("href", /\/articles\/invalid-api-key\.md$/);
  const sitemap = await (await request.get("/sitemap.xml")).text();
  expect(sitemap).toContain("/articles/invalid-api-key</loc>");
  expect(sitemap).not.toContain(".md</loc>");
});

test("llms.txt and llms-full.txt: the index and every article", async ({ request }) => {
  const response = await request.get("/llms.txt");
  expect(response.headers()["content-type"]).toBe("text/plain; charset=utf-8");
  const text = await response.text();
  expect(text).toMatch(/^# AIaaS Help Center\n\n> \S.+\n\n\S.+\n\n## /);
  const links = await llmsLinks(request);
  for (const url of links) expect((await request.get(pathOf(url))).status(), url).toBe(200);
  const articles = links.filter((url) => url.endsWith(".md"));
  const full = await (await request.get("/llms-full.txt")).text();
  expect(full.split("\n---\n\n")).toHaveLength(articles.length + 1);
  for (const url of articles) expect(full).toContain(`- Markdown: ${url}\n`);
});

test.describe("Copy as Markdown", () => {
  test.use({ permissions: ["clipboard-read", "clipboard-write"] });

  test("puts the whole article on the clipboard, as its .md URL serves it", async ({ page, request }) => {
    await page.goto("/articles/permission-denied");
    await page.getByRole("button", { name: "Copy this article as Markdown" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Article copied as Markdown" })).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(await (await request.get("/articles/permission-denied.md")).text());
  });
});

test.describe("OpenSearch", () => {
  test("every kind of page links the description from its head", async ({ request }) => {
    for (const path of ["/", "/articles/rate-limit-exceeded", "/search?q=429", "/errors/429", "/no-such-page"]) {
      const html = await (await request.get(path)).text();
      expect(html, path).toMatch(/<link rel="search" type="application\/opensearchdescription\+xml" title="AIaaS Help Center" href="\/opensearch.xml"\/>/);
    }
  });

  test("the description names the results page and the suggestions, and both answer", async ({ page, request }) => {
    const response = await request.get("/opensearch.xml");
    expect(response.headers()["content-type"]).toBe("application/opensearchdescription+xml; charset=utf-8");
    const xml = await response.text();
    await page.goto("/");
    const parsed = await page.evaluate((source) => {
      const doc = new DOMParser().parseFromString(source, "application/xml");
      const ns = "http://a9.com/-/spec/opensearch/1.1/";
      const urls = [...doc.getElementsByTagNameNS(ns, "Url")].map((url) => [url.getAttribute("type"), url.getAttribute("template")]);
      return { error: doc.getElementsByTagName("parsererror").length, shortName: doc.getElementsByTagNameNS(ns, "ShortName")[0]?.textContent ?? "", urls: Object.fromEntries(urls) };
    }, xml);
    expect(parsed.error).toBe(0);
    expect(parsed.shortName.length).toBeGreaterThan(0);
    expect(parsed.shortName.length).toBeLessThanOrEqual(16);
    const results = parsed.urls["text/html"] as string;
    const suggestions = parsed.urls["application/x-suggestions+json"] as string;
    expect(results).toMatch(/\/search\?q=\{searchTerms\}$/);
    expect(suggestions).toMatch(/\/api\/suggest\?q=\{searchTerms\}$/);

    const page429 = await request.get(pathOf(results.replace("{searchTerms}", "429")) + "?q=429");
    expect(await page429.text()).toContain("Rate limit exceeded");
    const suggested = await request.get(`${pathOf(suggestions.replace("{searchTerms}", ""))}?q=rate%20limt`);
    expect(suggested.headers()["content-type"]).toBe("application/x-suggestions+json; charset=utf-8");
    expect(suggested.headers()["cache-control"]).toBe("public, max-age=3600");
    const [query, titles] = (await suggested.json()) as [string, string[]];
    expect(query).toBe("rate limt");
    expect(titles[0]).toBe("Rate limit exceeded (429 Too Many Requests)");
    expect(new Set(titles).size).toBe(titles.length);
  });

  test("suggestions are titles in the search's order, and nothing for nothing", async ({ request }) => {
    const api = (await (await request.get("/api/search?q=403&limit=8")).json()) as { results: { title: string }[] };
    const [, titles] = (await (await request.get("/api/suggest?q=403")).json()) as [string, string[]];
    expect(titles).toEqual([...new Set(api.results.map((result) => result.title))].slice(0, 8));
    expect(await (await request.get("/api/suggest?q=")).json()).toEqual(["", []]);
    expect(await (await request.get("/api/suggest")).json()).toEqual(["", []]);
  });
});
