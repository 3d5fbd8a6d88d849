import { sameComponent } from "./concerns";
import type { ComponentConcerns, ComponentStatus, Feed, Incident, Indicator, Maintenance } from "./types";

/** Whether the report says what the service says now, repeats the last good answer, or knows nothing. */
export type ReportState = "current" | "stale" | "unavailable";

export interface ComponentReport extends ComponentConcerns {
  /** "unknown" when the feed did not answer or does not list a mapped component. */
  status: ComponentStatus | "unknown";
}

/** GET /api/status, and what /status renders. */
export interface StatusReport {
  version: 1;
  /** A status service (HELP_STATUS_URL), or the team's hand-written `content/status.yml`. */
  source: "feed" | "notice";
  state: ReportState;
  /** When the answer shown was fetched (ISO, UTC); null for the hand-written notice. */
  asOf: string | null;
  /** Why the latest attempt failed ("timeout", "too-large", …), when it did. */
  problem: string | null;
  indicator: Indicator;
  /** Where people read the full status: the feed's page, else the configured one. */
  statusPage: string | null;
  components: ComponentReport[];
  /** Open incidents, newest first. */
  incidents: Incident[];
  /** Maintenance not yet over. */
  maintenances: Maintenance[];
}

export interface ReportInput {
  source: StatusReport["source"];
  feed: Feed | null;
  mapped: readonly ComponentConcerns[];
  state: ReportState;
  asOf: string | null;
  problem: string | null;
  statusPage: string | null;
  now: Date;
}

export function buildReport({ source, feed, mapped, state, asOf, problem, statusPage, now }: ReportInput): StatusReport {
  const listed = feed?.components ?? [];
  // The hand-written notice lists only what is not operational; a feed lists everything it knows.
  const fallback: ComponentReport["status"] = source === "notice" && feed ? "operational" : "unknown";
  const components: ComponentReport[] = [
    ...mapped.map((component) => ({ ...component, status: listed.find((item) => sameComponent(item.name, component.name))?.status ?? fallback })),
    ...listed
      .filter((item) => !mapped.some((component) => sameComponent(component.name, item.name)))
      .map((item) => ({ name: item.name, description: null, articles: [], codes: [], status: item.status })),
  ];
  return {
    version: 1,
    source,
    state,
    asOf,
    problem,
    indicator: feed?.indicator ?? "none",
    statusPage: feed?.pageUrl ?? statusPage,
    components,
    incidents: (feed?.incidents ?? []).filter((incident) => incident.status !== "resolved" && incident.status !== "postmortem"),
    maintenances: (feed?.maintenances ?? []).filter((item) => item.status !== "completed" && new Date(item.scheduledUntil) > now),
  };
}

/** A light check of an answer from our own API (the browser does not ship a schema library for it). */
export function isStatusReport(value: unknown): value is StatusReport {
  const report = value as Partial<StatusReport> | null;
  return (
    typeof report === "object" &&
    report !== null &&
    report.version === 1 &&
    Array.isArray(report.components) &&
    Array.isArray(report.incidents) &&
    Array.isArray(report.maintenances) &&
    typeof report.state === "string"
  );
}
