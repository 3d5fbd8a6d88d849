import path from "node:path";
import { describe, expect, it } from "vitest";
import { CONTENT_DIR } from "@/lib/content/content-dir";
import { loadContent } from "@/lib/content/load";
import { formatProblem } from "@/lib/content/problems";
import { bakeStatus } from "@/lib/status/bake";
import { checkStatusContent, type StatusCheckContent } from "@/lib/status/check";

const fixtures = path.join(import.meta.dirname, "../fixtures/status");

/** Just enough content for the rules: two categories, three articles, a few codes. */
const content: StatusCheckContent = {
  categories: [{ id: "api" }, { id: "budget" }],
  articles: [
    { slug: "api-errors", errorCodes: [503] },
    { slug: "budget-exceeded", errorCodes: [402] },
    { slug: "sign-in", errorCodes: [] },
  ],
  errorCatalogue: { http: [{ code: 402 }, { code: 503 }], platform: [{ code: "budget_exceeded" }] },
};

const report = (dir: string) => checkStatusContent(path.join(fixtures, dir), content).map(formatProblem);

describe("content:check on the status files", () => {
  it("passes the bundled content, which maps every component and posts no notice", () => {
    const { problems } = loadContent();
    expect(problems.filter((problem) => problem.file.includes("status"))).toEqual([]);
  });

  it("accepts a valid map and notice", () => {
    expect(report("notice")).toEqual([]);
  });

  it("treats missing files as nothing to check: no map, no notice", () => {
    expect(checkStatusContent(path.join(fixtures, "..", "valid"), content)).toEqual([]);
  });

  it("names every mistake in the map and the notice, with file, line and field", () => {
    expect(report("broken")).toEqual([
      'tests/fixtures/status/broken/status-components.yml:4: components.0.categories.1 — no category "no-such-category" in categories.yml',
      'tests/fixtures/status/broken/status-components.yml:5: components.0.articles.0 — no article has the slug "no-such-article"',
      'tests/fixtures/status/broken/status-components.yml:6: components.0.errorCodes.1 — "999" is not in error-codes.yml',
      'tests/fixtures/status/broken/status-components.yml:6: components.0.errorCodes.2 — "teapot_error" is not in error-codes.yml',
      'tests/fixtures/status/broken/status-components.yml:7: components.1.name — "api" is listed twice',
      'tests/fixtures/status/broken/status-components.yml:9: components.2.name — "Website" concerns nothing: list its categories, articles or errorCodes',
      'tests/fixtures/status/broken/status.yml:2: components.Dashbord — no component "Dashbord" in status-components.yml (known: API, api, Website)',
      'tests/fixtures/status/broken/status.yml:8: incidents.0.components.1 — no component "Billing" in status-components.yml (known: API, api, Website)',
      "tests/fixtures/status/broken/status.yml:12: maintenances.0.scheduled_until — must be after scheduled_for",
    ]);
  });

  it("reports YAML and schema errors of both files at once", () => {
    expect(report("invalid-yaml")).toEqual([
      "tests/fixtures/status/invalid-yaml/status-components.yml:4: yaml — Flow sequence in block collection must be sufficiently indented and end with a ] at line 4, column 1:",
      "tests/fixtures/status/invalid-yaml/status.yml:3: incidents.0.status — must be one of: investigating, identified, monitoring, resolved, postmortem",
      "tests/fixtures/status/invalid-yaml/status.yml:5: incidents.0.started_at — must be a time in UTC, ISO 8601 with its zone: 2026-12-01T14:02:00Z",
      'tests/fixtures/status/invalid-yaml/status.yml:2: incidents.0 — Unrecognized key: "colour"',
    ]);
  });
});

describe("the status bake (what content:build writes into the artifacts for the running server)", () => {
  it("spells out each component's articles from the bundled content", () => {
    const bake = bakeStatus(CONTENT_DIR, loadContent(CONTENT_DIR).content.articles);
    expect(bake.notice).toEqual({ indicator: "none", pageUrl: null, components: [], incidents: [], maintenances: [] });
    const api = bake.components.find((component) => component.name === "API")!;
    expect(api.articles.map((article) => article.slug)).toEqual(["api-errors", "rate-limit-exceeded", "high-error-rates", "slow-api-responses"]);
    expect(api.articles[0]).toEqual({ slug: "api-errors", title: "API errors (4xx and 5xx responses)", url: "/articles/api-errors" });
    expect(api.codes).toContain("503");
    expect(bake.components.map((component) => component.name)).toEqual(["API", "Dashboard", "Billing"]);
  });

  it("turns a hand-written notice into a feed: open incidents only, updates newest first, times in UTC", () => {
    const bake = bakeStatus(path.join(fixtures, "notice"), []);
    expect(bake.notice).toEqual({
      indicator: "major",
      pageUrl: null,
      components: [{ name: "API", status: "partial_outage" }],
      incidents: [
        {
          id: "notice-0",
          name: "Elevated error rates <b>on the API</b>",
          status: "identified",
          impact: "major",
          url: null,
          startedAt: "2026-12-01T13:55:00.000Z",
          components: ["api"],
          updates: [
            { status: "identified", body: "The cause is an overloaded gateway.", at: "2026-12-01T14:02:00.000Z" },
            { status: "investigating", body: "We are looking into it.", at: "2026-12-01T12:55:00.000Z" },
          ],
        },
      ],
      maintenances: [
        {
          id: "maintenance-0",
          name: "Billing database upgrade",
          status: "scheduled",
          url: null,
          scheduledFor: "2026-12-03T02:00:00.000Z",
          scheduledUntil: "2026-12-03T03:00:00.000Z",
          components: ["Billing"],
          updates: [],
        },
      ],
    });
  });

  it("bakes an invalid file as absent instead of failing the build a second time (the check reports it)", () => {
    expect(bakeStatus(path.join(fixtures, "invalid-yaml"), [])).toEqual({ components: [], notice: null });
  });
});
