import { z } from "zod";
import { cleanText, safeLink } from "./text";
import { COMPONENT_STATUSES, IMPACTS, INCIDENT_STATUSES, INDICATORS, MAINTENANCE_STATUSES, type Feed, type StatusUpdate } from "./types";

/**
 * The Statuspage `GET /api/v2/summary.json` contract (Atlassian Statuspage, and the services that
 * copy it), as far as we use it. Unknown fields are dropped; the fields we use must have the
 * documented types and values, or the whole answer is rejected and the last good one stays.
 * Text is cleaned and capped here, so nothing downstream handles raw feed strings.
 */
const text = (max: number) => z.string().transform((value) => cleanText(value, max));
const time = z.iso.datetime({ offset: true }).transform((value) => new Date(value).toISOString());
const id = z.union([z.string().max(100), z.number()]).transform(String);
const link = z.unknown().transform(safeLink);
const newest = <T,>(max: number) => (items: T[]) => items.slice(0, max);

const componentRef = z.object({ name: text(120) });
const update = z
  .object({ status: text(40), body: text(2000), display_at: time.nullish(), created_at: time.nullish() })
  .transform((raw): StatusUpdate => ({ status: raw.status, body: raw.body, at: raw.display_at ?? raw.created_at ?? null }));
const updates = z
  .array(update)
  .default([])
  .transform((list) => [...list].sort((a, b) => (b.at ?? "").localeCompare(a.at ?? "")).slice(0, 20));

const incident = z.object({
  id: id.optional(),
  name: text(200),
  status: z.enum(INCIDENT_STATUSES),
  impact: z.enum(IMPACTS),
  shortlink: link,
  started_at: time.nullish(),
  created_at: time.nullish(),
  components: z.array(componentRef).default([]),
  incident_updates: updates,
});

const maintenance = incident.extend({
  status: z.enum(MAINTENANCE_STATUSES),
  scheduled_for: time,
  scheduled_until: time,
});

export const feedSchema = z
  .object({
    page: z.object({ url: link }).optional(),
    status: z.object({ indicator: z.enum(INDICATORS) }),
    components: z.array(z.object({ name: text(120), status: z.enum(COMPONENT_STATUSES), group: z.boolean().nullish() })).transform(newest(200)),
    incidents: z.array(incident).default([]).transform(newest(20)),
    scheduled_maintenances: z.array(maintenance).default([]).transform(newest(20)),
  })
  .transform(
    (raw): Feed => ({
      indicator: raw.status.indicator,
      pageUrl: raw.page?.url ?? null,
      // A group's status only sums up its members, which are listed themselves.
      components: raw.components.filter((component) => !component.group).map(({ name, status }) => ({ name, status })),
      incidents: raw.incidents.map((item, index) => ({
        id: item.id ?? `incident-${index}`,
        name: item.name || "Incident without a name",
        status: item.status,
        impact: item.impact,
        url: item.shortlink,
        startedAt: item.started_at ?? item.created_at ?? item.incident_updates.at(-1)?.at ?? null,
        components: item.components.map((component) => component.name),
        updates: item.incident_updates,
      })),
      maintenances: raw.scheduled_maintenances.map((item, index) => ({
        id: item.id ?? `maintenance-${index}`,
        name: item.name || "Maintenance without a name",
        status: item.status,
        url: item.shortlink,
        scheduledFor: item.scheduled_for,
        scheduledUntil: item.scheduled_until,
        components: item.components.map((component) => component.name),
        updates: item.incident_updates,
      })),
    }),
  );

/** Why a feed answer was refused, in one line: the first few schema issues with their paths. */
export function describeFeedIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.join(".") || "(root)"}: ${issue.message}`)
    .join("; ");
}
