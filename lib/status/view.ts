import { componentsForArticles, componentsForCodes, sameComponent } from "./concerns";
import { COMPONENT_STATUS_LABELS, IMPACT_LABELS } from "./labels";
import type { ComponentReport, StatusReport } from "./report";
import type { Impact, Incident, Maintenance } from "./types";

/**
 * What to show, decided from a report: pure functions shared by the banner, the page notices,
 * the paste box, the support request and the /status page.
 */

/** Scheduled maintenance shows on the pages it concerns this long before it starts. */
export const MAINTENANCE_NOTICE_HOURS = 24;

const IMPACT_RANK: Record<Impact, number> = { none: 0, maintenance: 1, minor: 2, major: 3, critical: 4 };

/** An event without components may concern anything: the feed did not narrow it down. */
export function concerns(eventComponents: readonly string[], names: readonly string[]): boolean {
  return eventComponents.length === 0 || eventComponents.some((component) => names.some((name) => sameComponent(component, name)));
}

export function byImpact(incidents: readonly Incident[]): Incident[] {
  return [...incidents].sort((a, b) => IMPACT_RANK[b.impact] - IMPACT_RANK[a.impact]);
}

export type MaintenanceTiming = "in-progress" | "soon" | "later" | "over";

export function maintenanceTiming(maintenance: Maintenance, now: Date): MaintenanceTiming {
  const from = new Date(maintenance.scheduledFor).getTime();
  const until = new Date(maintenance.scheduledUntil).getTime();
  if (maintenance.status === "completed" || until <= now.getTime()) return "over";
  if (maintenance.status === "in_progress" || maintenance.status === "verifying" || from <= now.getTime()) return "in-progress";
  return from - now.getTime() <= MAINTENANCE_NOTICE_HOURS * 3_600_000 ? "soon" : "later";
}

/** "identified 14:02" when the incident has an "identified" update, else when it started. */
export function incidentSince(incident: Incident): { word: string; at: string | null } {
  const identified = incident.updates.filter((update) => update.status === "identified" && update.at).at(-1);
  if (identified) return { word: "identified", at: identified.at };
  return { word: incident.status === "investigating" ? "investigating since" : "reported", at: incident.startedAt };
}

const NOT_OPERATIONAL = (component: ComponentReport) => component.status !== "operational" && component.status !== "unknown";

export interface Banner {
  /** Changes whenever what the banner says changes, so a hidden banner comes back for news. */
  key: string;
  tone: "incident" | "maintenance";
  label: string;
  title: string;
  update: { body: string; at: string | null } | null;
  url: string | null;
  /** How many more incidents or events there are besides the one shown. */
  more: number;
}

/** The site-wide banner: open incidents, maintenance in progress, or components not operational. */
export function bannerFor(report: StatusReport, now: Date): Banner | null {
  const incidents = byImpact(report.incidents);
  const inProgress = report.maintenances.filter((item) => maintenanceTiming(item, now) === "in-progress");
  const first = incidents[0];
  if (first) {
    const update = first.updates[0] ?? null;
    return { key: `${first.id}:${update?.at}`, tone: "incident", label: IMPACT_LABELS[first.impact], title: first.name, update, url: first.url, more: incidents.length - 1 + inProgress.length };
  }
  const maintenance = inProgress[0];
  if (maintenance) {
    const update = maintenance.updates[0] ?? null;
    return { key: `${maintenance.id}:${update?.at}`, tone: "maintenance", label: "Maintenance in progress", title: maintenance.name, update, url: maintenance.url, more: inProgress.length - 1 };
  }
  const degraded = report.components.filter(NOT_OPERATIONAL);
  if (degraded.length === 0) return null;
  const worst = degraded[0]!;
  return {
    key: degraded.map((component) => `${component.name}:${component.status}`).join("|"),
    tone: worst.status === "under_maintenance" ? "maintenance" : "incident",
    label: COMPONENT_STATUS_LABELS[worst.status],
    title: degraded.map((component) => component.name).join(", "),
    update: null,
    url: null,
    more: 0,
  };
}

export type PageNotice =
  | { kind: "incident"; incident: Incident; more: number }
  | { kind: "maintenance"; maintenance: Maintenance; timing: "in-progress" | "soon" }
  | { kind: "degraded"; components: ComponentReport[] }
  | { kind: "clear" }
  | { kind: "unavailable" };

/** The notice for a page that concerns `names`: the most serious thing that touches them. */
export function noticeFor(report: StatusReport, names: readonly string[], now: Date): PageNotice {
  if (report.state === "unavailable") return { kind: "unavailable" };
  const incidents = byImpact(report.incidents.filter((incident) => concerns(incident.components, names)));
  if (incidents[0]) return { kind: "incident", incident: incidents[0], more: incidents.length - 1 };
  const maintenances = report.maintenances.filter((item) => concerns(item.components, names));
  const running = maintenances.find((item) => maintenanceTiming(item, now) === "in-progress");
  if (running) return { kind: "maintenance", maintenance: running, timing: "in-progress" };
  const degraded = report.components.filter((component) => NOT_OPERATIONAL(component) && names.some((name) => sameComponent(name, component.name)));
  if (degraded.length > 0) return { kind: "degraded", components: degraded };
  const soon = maintenances.find((item) => maintenanceTiming(item, now) === "soon");
  if (soon) return { kind: "maintenance", maintenance: soon, timing: "soon" };
  return { kind: "clear" };
}

/**
 * Open incidents that concern what a reader has in hand: error codes they pasted or the articles
 * they are on. Only incidents that name components count here: an incident that names none is
 * on the banner, but it says nothing about this error.
 */
export function incidentsMatching(report: StatusReport, found: { codes?: readonly (string | number)[]; slugs?: readonly string[] }): Incident[] {
  const names = [...componentsForCodes(report.components, found.codes ?? []), ...componentsForArticles(report.components, found.slugs ?? [])];
  if (names.length === 0) return [];
  return byImpact(report.incidents.filter((incident) => incident.components.length > 0 && concerns(incident.components, names)));
}
