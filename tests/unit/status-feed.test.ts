import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_LIMITS, fetchFeed } from "@/lib/status/fetch-feed";
import { feedSchema } from "@/lib/status/feed-schema";
import { API_INCIDENT_NAME, apiIncident } from "../fakes/status-scenarios";
import { startFakeStatusService, type FakeStatusService } from "../fakes/status-service";

/** The feed module against a real HTTP server playing the status service. */
let service: FakeStatusService;
beforeAll(async () => {
  service = await startFakeStatusService();
});
afterAll(() => service.close());

// Short enough that a stall cannot hold the test; the 30 s stalls prove the deadline holds.
const limits = { ...DEFAULT_LIMITS, timeoutMs: 1000 };
const fetchScenario = (scenario: string, delay = 0) => {
  service.use(scenario, delay);
  return fetchFeed(service.feedUrl, limits);
};

describe("fetchFeed: the status service's good answers", () => {
  it("reads a healthy summary: every component operational, nothing open", async () => {
    const result = await fetchScenario("healthy");
    expect(result).toEqual({
      ok: true,
      feed: {
        indicator: "none",
        pageUrl: "https://status.aiaas.example/",
        components: [
          { name: "API", status: "operational" },
          { name: "Dashboard", status: "operational" },
          { name: "Billing", status: "operational" },
        ],
        incidents: [],
        maintenances: [],
      },
    });
  });

  it("reads a degraded component", async () => {
    const result = await fetchScenario("degraded");
    expect(result.ok && result.feed.components[0]).toEqual({ name: "API", status: "degraded_performance" });
    expect(result.ok && result.feed.indicator).toBe("minor");
  });

  it("reads an incident with its updates, newest first, and the components it affects", async () => {
    const result = await fetchScenario("incident");
    if (!result.ok) throw new Error(result.detail);
    const [incident] = result.feed.incidents;
    expect(incident).toMatchObject({ id: "inc-api-1", name: API_INCIDENT_NAME, status: "identified", impact: "major", url: "https://stspg.example/inc-api-1", components: ["API"] });
    expect(incident!.updates.map((update) => update.status)).toEqual(["identified", "identified", "investigating"]);
    expect(incident!.updates[0]!.body).toBe("A fix is rolling out; error rates are falling.");
    expect(incident!.startedAt).toBe(incident!.updates[2]!.at);
  });

  it("reads maintenance in progress and maintenance to come", async () => {
    const result = await fetchScenario("maintenance");
    if (!result.ok) throw new Error(result.detail);
    expect(result.feed.maintenances.map((item) => [item.name, item.status, item.components])).toEqual([
      ["API gateway upgrade", "in_progress", ["API"]],
      ["Billing database upgrade", "scheduled", ["Billing"]],
    ]);
    expect(result.feed.maintenances[1]!.url).toBeNull();
  });

  it("answers within the deadline even when the service is slow but not stalled", async () => {
    expect((await fetchScenario("healthy", 300)).ok).toBe(true);
  });
});

describe("fetchFeed: faults come back as problems, never as exceptions or waits", () => {
  const cases: [string, string][] = [
    ["html", "not-json"],
    ["malformed", "not-json"],
    ["invalid", "invalid"],
    ["server-error", "http-status"],
    ["huge", "too-large"],
    ["huge-declared", "too-large"],
    ["redirect-loop", "redirects"],
    ["stall", "timeout"],
    ["stall-body", "timeout"],
  ];
  for (const [scenario, problem] of cases) {
    it(`${scenario} → ${problem}`, async () => {
      const result = await fetchScenario(scenario);
      expect(result.ok).toBe(false);
      expect(!result.ok && result.problem).toBe(problem);
    });
  }

  it("a refused connection is a network problem", async () => {
    const closed = await startFakeStatusService();
    const url = closed.feedUrl;
    await closed.close();
    expect(await fetchFeed(url, limits)).toMatchObject({ ok: false, problem: "network" });
  });

  it("says which fields of an invalid answer are wrong", async () => {
    const result = await fetchScenario("invalid");
    expect(!result.ok && result.detail).toMatch(/^status\.indicator: .*; components: /);
  });

  it("hangs up on a huge body at the cap instead of downloading all 10 MB", async () => {
    const before = service.cutShort();
    await fetchScenario("huge");
    await expect.poll(() => service.cutShort()).toBe(before + 1);
  });
});

describe("the feed schema cleans hostile text and links", () => {
  const now = Date.now();
  const parse = (incident: object) =>
    feedSchema.parse({ status: { indicator: "major" }, components: [], incidents: [{ ...apiIncident(now), ...incident }] }).incidents[0]!;

  it("keeps markup as the plain text it is (React escapes it when shown), drops control and bidi characters", () => {
    const incident = parse({ name: "<script>alert(1)</script> Outage \u202Eevil\u202C\u0007", incident_updates: [{ status: "identified", body: "<b>x</b>\r\n\r\n\r\n\r\nnext", display_at: new Date(now).toISOString() }] });
    expect(incident.name).toBe("<script>alert(1)</script> Outage evil");
    expect(incident.updates[0]!.body).toBe("<b>x</b>\n\nnext");
  });

  it("drops links that are not http(s)", () => {
    expect(parse({ shortlink: "javascript:alert(1)" }).url).toBeNull();
    expect(parse({ shortlink: "data:text/html,<script>" }).url).toBeNull();
    expect(parse({ shortlink: "https://stspg.example/x" }).url).toBe("https://stspg.example/x");
  });

  it("caps long text, reading only its start", () => {
    expect(parse({ name: "x".repeat(5000) }).name).toHaveLength(200);
    // Spaces then a newline, a million times over: what a quadratic whitespace rule would choke on.
    expect(parse({ name: `${" ".repeat(500_000)}\n`.repeat(2) + "end" }).name).toBe("Incident without a name");
  });

  it("drops group components (their members are listed) and turns offsets into UTC", () => {
    const feed = feedSchema.parse({
      status: { indicator: "none" },
      components: [
        { name: "Models", status: "operational", group: true },
        { name: "GPT", status: "partial_outage", group_id: "g" },
      ],
      incidents: [{ ...apiIncident(now), started_at: "2026-12-01T15:02:00+01:00" }],
    });
    expect(feed.components).toEqual([{ name: "GPT", status: "partial_outage" }]);
    expect(feed.incidents[0]!.startedAt).toBe("2026-12-01T14:02:00.000Z");
  });

  it("refuses values the contract does not allow", () => {
    expect(feedSchema.safeParse({ status: { indicator: "none" }, components: [{ name: "API", status: "on fire" }] }).success).toBe(false);
    expect(feedSchema.safeParse({ status: { indicator: "none" } }).success).toBe(false);
    expect(feedSchema.safeParse("<html>").success).toBe(false);
  });
});
