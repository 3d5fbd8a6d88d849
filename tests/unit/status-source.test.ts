import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { statusConfig } from "@/lib/status/config";
import { DEFAULT_LIMITS } from "@/lib/status/fetch-feed";
import { createStatusSource } from "@/lib/status/source";
import type { StatusBake } from "@/lib/status/types";
import { API_INCIDENT_NAME } from "../fakes/status-scenarios";
import { startFakeStatusService, type FakeStatusService } from "../fakes/status-service";

/** The per-process last-good cache, against a real HTTP status service, with a clock we move. */
let service: FakeStatusService;
beforeAll(async () => {
  service = await startFakeStatusService();
});
afterAll(() => service.close());

const bake: StatusBake = {
  components: [{ name: "API", description: null, articles: [{ slug: "api-errors", title: "API errors", url: "/articles/api-errors" }], codes: ["503"] }],
  notice: null,
};
let clock = Date.parse("2026-12-01T14:05:00Z");
let warnings: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  clock = Date.parse("2026-12-01T14:05:00Z");
  service.use("healthy");
  warnings = vi.spyOn(console, "warn").mockImplementation(() => {});
  return () => warnings.mockRestore();
});

const TTL = 10_000;
const source = (overrides: { timeoutMs?: number; url?: string | null } = {}) =>
  createStatusSource({
    config: { url: overrides.url === undefined ? service.feedUrl : overrides.url, urlProblem: null, ttlMs: TTL, limits: { ...DEFAULT_LIMITS, timeoutMs: overrides.timeoutMs ?? 1000 } },
    bake,
    statusPage: "https://status.aiaas.example",
    now: () => clock,
  });

describe("the status source", () => {
  it("reports the feed, with mapped components first and their articles, as of the fetch", async () => {
    const report = await source().get();
    expect(report).toMatchObject({ version: 1, source: "feed", state: "current", asOf: "2026-12-01T14:05:00.000Z", problem: null, statusPage: "https://status.aiaas.example/" });
    expect(report.components.map((component) => [component.name, component.status, component.articles.length])).toEqual([
      ["API", "operational", 1],
      ["Dashboard", "operational", 0],
      ["Billing", "operational", 0],
    ]);
  });

  it("asks the feed once per TTL, however many requests come", async () => {
    const status = source();
    const before = service.requests();
    await Promise.all(Array.from({ length: 20 }, () => status.get()));
    await status.get();
    expect(service.requests() - before).toBe(1);
    clock += TTL;
    await status.get();
    expect(service.requests() - before).toBe(2);
  });

  it("keeps the last good answer, with its age, when the feed starts failing", async () => {
    const status = source();
    service.use("incident");
    await status.get();
    for (const fault of ["html", "malformed", "huge", "redirect-loop", "server-error", "invalid"]) {
      service.use(fault);
      clock += TTL;
      const report = await status.get();
      expect([fault, report.state, report.asOf, report.incidents.map((incident) => incident.name)]).toEqual([fault, "stale", "2026-12-01T14:05:00.000Z", [API_INCIDENT_NAME]]);
      expect(report.problem).not.toBeNull();
    }
    service.use("healthy");
    clock += TTL;
    expect(await status.get()).toMatchObject({ state: "current", problem: null, incidents: [] });
  });

  it("does not hold a request while a stalled feed times out: the last good answer comes back at once", async () => {
    const status = source({ timeoutMs: 3000 });
    await status.get();
    service.use("stall");
    clock += TTL;
    const report = await status.get();
    expect(report.state).toBe("current");
    expect(report.asOf).toBe("2026-12-01T14:05:00.000Z");
  });

  it("says it knows nothing when the feed never answered, after one timeout", async () => {
    service.use("stall");
    const report = await source({ timeoutMs: 300 }).get();
    expect(report).toMatchObject({ state: "unavailable", asOf: null, problem: "timeout", incidents: [] });
    expect(report.components.map((component) => component.status)).toEqual(["unknown"]);
  });

  it("logs each failed attempt once, without the feed's URL (it may carry a token)", async () => {
    service.use("html");
    await source().get();
    expect(warnings).toHaveBeenCalledTimes(1);
    expect(String(warnings.mock.calls[0]![0])).toBe("status feed: not-json (not JSON (text/html)); no good answer yet");
  });

  it("remembers a failure for a TTL instead of hammering a failing feed", async () => {
    service.use("server-error");
    const status = source();
    const before = service.requests();
    await status.get();
    await status.get();
    expect(service.requests() - before).toBe(1);
  });

  it("gives the same answer in two server processes (each has its own cache)", async () => {
    service.use("incident");
    const [first, second] = await Promise.all([source().get(), source().get()]);
    expect(first).toEqual(second);
  });

  it("without a feed, reports the hand-written notice", async () => {
    const withNotice = createStatusSource({
      config: statusConfig({}),
      bake: { ...bake, notice: { indicator: "minor", pageUrl: null, components: [{ name: "API", status: "degraded_performance" }], incidents: [], maintenances: [] } },
      statusPage: null,
    });
    expect(await withNotice.get()).toMatchObject({ source: "notice", state: "current", asOf: null, indicator: "minor", components: [{ name: "API", status: "degraded_performance" }] });
    const before = service.requests();
    await source({ url: null }).get();
    expect(service.requests()).toBe(before);
  });
});

describe("status configuration from the environment", () => {
  it("takes an http(s) feed URL and numbers, and refuses the rest", () => {
    expect(statusConfig({ HELP_STATUS_URL: "https://status.example/api/v2/summary.json", HELP_STATUS_TTL_MS: "0", HELP_STATUS_TIMEOUT_MS: "500" })).toMatchObject({
      url: "https://status.example/api/v2/summary.json",
      ttlMs: 0,
      limits: { timeoutMs: 500 },
    });
    expect(statusConfig({ HELP_STATUS_URL: "file:///etc/passwd" })).toMatchObject({ url: null, urlProblem: "HELP_STATUS_URL must be an http(s) URL, not file:" });
    expect(statusConfig({ HELP_STATUS_URL: "not a url", HELP_STATUS_TTL_MS: "soon" })).toMatchObject({ url: null, ttlMs: 15_000 });
  });
});
