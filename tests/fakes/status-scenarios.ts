/**
 * What the fake status service answers, per scenario: Statuspage `summary.json` bodies with times
 * relative to now, and the faults a real status service can throw at us.
 */
const MINUTE = 60_000;
const at = (now: number, minutes: number) => new Date(now + minutes * MINUTE).toISOString();

export const COMPONENT_NAMES = ["API", "Dashboard", "Billing"] as const;

type Status = "operational" | "degraded_performance" | "partial_outage" | "major_outage" | "under_maintenance";
const components = (overrides: Partial<Record<string, Status>> = {}) =>
  COMPONENT_NAMES.map((name, index) => ({ id: `c${index}`, name, status: overrides[name] ?? "operational", group: false }));

const summary = (body: Record<string, unknown>) => ({
  page: { id: "fake", name: "AIaaS", url: "https://status.aiaas.example", updated_at: new Date().toISOString() },
  status: { indicator: "none", description: "All Systems Operational" },
  components: components(),
  incidents: [],
  scheduled_maintenances: [],
  ...body,
});

export const API_INCIDENT_NAME = "Elevated error rates on the API";

/** The API incident: investigating 35 minutes ago, identified 20 minutes ago, a fix going out now. */
export function apiIncident(now: number, status = "identified") {
  return {
    id: "inc-api-1",
    name: API_INCIDENT_NAME,
    status,
    impact: "major",
    shortlink: "https://stspg.example/inc-api-1",
    created_at: at(now, -35),
    started_at: at(now, -35),
    components: [{ id: "c0", name: "API", status: "partial_outage" }],
    incident_updates: [
      { id: "u3", status, body: "A fix is rolling out; error rates are falling.", display_at: at(now, -5), created_at: at(now, -5) },
      { id: "u2", status: "identified", body: "The cause is an overloaded gateway in one region.", display_at: at(now, -20), created_at: at(now, -20) },
      { id: "u1", status: "investigating", body: "We are investigating elevated 5xx error rates on the API.", display_at: at(now, -35), created_at: at(now, -35) },
    ],
  };
}

export type Answer =
  | { kind: "json"; body: unknown }
  | { kind: "raw"; status: number; type: string; body: string }
  | { kind: "huge"; bytes: number; declared: boolean }
  | { kind: "stall"; ms: number; afterHeaders: boolean }
  | { kind: "redirect-loop" };

const HOSTILE = '<img src=x onerror="document.title=\'pwned\'"><script>document.title="pwned"</script>';

export const SCENARIOS: Record<string, (now: number) => Answer> = {
  healthy: () => ({ kind: "json", body: summary({}) }),
  degraded: () => ({ kind: "json", body: summary({ status: { indicator: "minor" }, components: components({ API: "degraded_performance" }) }) }),
  incident: (now) => ({
    kind: "json",
    body: summary({ status: { indicator: "major" }, components: components({ API: "partial_outage" }), incidents: [apiIncident(now)] }),
  }),
  maintenance: (now) => ({
    kind: "json",
    body: summary({
      status: { indicator: "maintenance" },
      components: components({ API: "under_maintenance" }),
      scheduled_maintenances: [
        {
          id: "mnt-api",
          name: "API gateway upgrade",
          status: "in_progress",
          impact: "maintenance",
          shortlink: "https://stspg.example/mnt-api",
          created_at: at(now, -600),
          scheduled_for: at(now, -10),
          scheduled_until: at(now, 50),
          components: [{ name: "API" }],
          incident_updates: [{ status: "in_progress", body: "The upgrade is under way; brief 503 errors are expected.", display_at: at(now, -10) }],
        },
        {
          id: "mnt-billing",
          name: "Billing database upgrade",
          status: "scheduled",
          impact: "maintenance",
          shortlink: null,
          created_at: at(now, -600),
          scheduled_for: at(now, 180),
          scheduled_until: at(now, 240),
          components: [{ name: "Billing" }],
          incident_updates: [{ status: "scheduled", body: "Budgets and usage figures will not update for an hour.", display_at: at(now, -600) }],
        },
      ],
    }),
  }),
  // Statuspage drops resolved incidents from the summary; some copies keep them. Either way: nothing shows.
  resolved: (now) => ({ kind: "json", body: summary({ incidents: [apiIncident(now, "resolved")] }) }),
  hostile: (now) => ({
    kind: "json",
    body: summary({
      status: { indicator: "major" },
      components: components({ API: "major_outage" }),
      incidents: [
        {
          ...apiIncident(now),
          name: `${HOSTILE} Outage \u202Eevil\u202C`,
          shortlink: "javascript:document.title='pwned'",
          incident_updates: [{ status: "identified", body: `${HOSTILE}\n<b>bold</b> text`, display_at: at(now, -1) }],
        },
      ],
    }),
  }),
  html: () => ({ kind: "raw", status: 200, type: "text/html", body: "<!doctype html><html><body><h1>Status</h1><script>alert(1)</script></body></html>" }),
  malformed: () => ({ kind: "raw", status: 200, type: "application/json", body: '{"status": {"indicator": "minor"}, "components": [{"name": "API", ' }),
  invalid: () => ({ kind: "json", body: { status: { indicator: "purple" }, components: "all good" } }),
  "server-error": () => ({ kind: "raw", status: 503, type: "text/plain", body: "Service Unavailable" }),
  huge: () => ({ kind: "huge", bytes: 10 * 1024 * 1024, declared: false }),
  "huge-declared": () => ({ kind: "huge", bytes: 10 * 1024 * 1024, declared: true }),
  stall: () => ({ kind: "stall", ms: 30_000, afterHeaders: false }),
  "stall-body": () => ({ kind: "stall", ms: 30_000, afterHeaders: true }),
  "redirect-loop": () => ({ kind: "redirect-loop" }),
};
