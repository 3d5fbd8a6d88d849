/**
 * The status of the platform as the portal understands it, whatever said so (a Statuspage-style
 * feed or the team's hand-written `content/status.yml`). Client-safe: types and constants only.
 */
export const COMPONENT_STATUSES = ["operational", "degraded_performance", "partial_outage", "major_outage", "under_maintenance"] as const;
export const INDICATORS = ["none", "minor", "major", "critical", "maintenance"] as const;
export const IMPACTS = ["none", "minor", "major", "critical", "maintenance"] as const;
export const INCIDENT_STATUSES = ["investigating", "identified", "monitoring", "resolved", "postmortem"] as const;
export const MAINTENANCE_STATUSES = ["scheduled", "in_progress", "verifying", "completed"] as const;

export type ComponentStatus = (typeof COMPONENT_STATUSES)[number];
export type Indicator = (typeof INDICATORS)[number];
export type Impact = (typeof IMPACTS)[number];
export type IncidentStatus = (typeof INCIDENT_STATUSES)[number];
export type MaintenanceStatus = (typeof MAINTENANCE_STATUSES)[number];

/** One posted update, as plain text. `at` is an ISO time in UTC, or null when the feed gave none. */
export interface StatusUpdate {
  status: string;
  body: string;
  at: string | null;
}

export interface Incident {
  id: string;
  name: string;
  status: IncidentStatus;
  impact: Impact;
  /** The incident's own page at the status service (http/https only), if any. */
  url: string | null;
  startedAt: string | null;
  /** Names of the affected components; empty means the feed did not say, so it may be any. */
  components: string[];
  /** Newest first. */
  updates: StatusUpdate[];
}

export interface Maintenance {
  id: string;
  name: string;
  status: MaintenanceStatus;
  url: string | null;
  scheduledFor: string;
  scheduledUntil: string;
  components: string[];
  updates: StatusUpdate[];
}

/** What a feed (or status.yml) says, validated and cleaned: the input to a report. */
export interface Feed {
  indicator: Indicator;
  /** The public status page, when the feed names one. */
  pageUrl: string | null;
  components: { name: string; status: ComponentStatus }[];
  incidents: Incident[];
  maintenances: Maintenance[];
}

/** A component with what it concerns spelled out: the articles (listed, then by category) and codes. */
export interface ComponentConcerns {
  name: string;
  description: string | null;
  articles: { slug: string; title: string; url: string }[];
  codes: string[];
}

/**
 * What the running server needs of the content for status, computed at build time (lib/status/bake.ts):
 * the component map with its articles spelled out, and the hand-written notice as a feed (null
 * when there is no `content/status.yml`).
 */
export interface StatusBake {
  components: ComponentConcerns[];
  notice: Feed | null;
}

export const EMPTY_BAKE: StatusBake = { components: [], notice: null };
