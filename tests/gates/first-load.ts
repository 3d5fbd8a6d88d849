import { gzipSync } from "node:zlib";
import type { Browser } from "@playwright/test";

export interface FirstLoad {
  /** Gzipped bytes of every script the page loaded before it settled, untouched. */
  gzipBytes: number;
  scripts: { url: string; gzipBytes: number; body: string }[];
  requests: string[];
}

/**
 * What a visitor's browser downloads to show a page: every script fetched until the network is
 * idle, with no interaction. Sizes are gzip (level 9) of each body, so they compare across servers.
 */
export async function measureFirstLoad(browser: Browser, url: string): Promise<FirstLoad> {
  const page = await browser.newPage();
  const scripts: FirstLoad["scripts"] = [];
  const requests: string[] = [];
  const pending: Promise<void>[] = [];
  page.on("request", (request) => requests.push(request.url()));
  page.on("response", (response) => {
    if (response.request().resourceType() !== "script") return;
    pending.push(
      response.body().then((body) => {
        scripts.push({ url: response.url(), gzipBytes: gzipSync(body, { level: 9 }).length, body: body.toString("utf8") });
      }),
    );
  });
  await page.goto(url, { waitUntil: "networkidle" });
  await Promise.all(pending);
  await page.close();
  return { gzipBytes: scripts.reduce((sum, script) => sum + script.gzipBytes, 0), scripts, requests };
}
