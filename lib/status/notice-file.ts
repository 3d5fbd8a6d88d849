import { z } from "zod";
import { cleanText } from "./text";
import { COMPONENT_STATUSES, IMPACTS, INCIDENT_STATUSES, MAINTENANCE_STATUSES, type Feed, type Impact, type Indicator } from "./types";

/**
 * `content/status.yml`: a notice the team writes by hand when no status service is configured
 * (HELP_STATUS_URL unset). Same meaning as the feed, in words easier to write. Empty means all clear.
 * It is read at build time, so posting or clearing a notice is a commit and a deploy.
 */
export const STATUS_FILE = "status.yml";

const HINT = "must be a time in UTC, ISO 8601 with its zone: 2026-12-01T14:02:00Z";
const time = z.iso.datetime({ offset: true, error: HINT }).transform((value) => new Date(value).toISOString());
const text = (max: number) =>
  z
    .string({ error: "must be text" })
    .trim()
    .min(1, { error: "must not be empty" })
    .max(max, { error: `must be at most ${max} characters` });
const update = z.strictObject({ at: time, status: z.enum([...INCIDENT_STATUSES, ...MAINTENANCE_STATUSES]), body: text(2000) });

export const noticeSchema = z.preprocess(
  (value) => value ?? {},
  z.strictObject({
    /** Components that are not operational, by name: `{ API: partial_outage }`. */
    components: z.record(z.string(), z.enum(COMPONENT_STATUSES, { error: `must be one of: ${COMPONENT_STATUSES.join(", ")}` })).default({}),
    incidents: z
      .array(
        z.strictObject({
          name: text(200),
          status: z.enum(INCIDENT_STATUSES, { error: `must be one of: ${INCIDENT_STATUSES.join(", ")}` }),
          impact: z.enum(IMPACTS, { error: `must be one of: ${IMPACTS.join(", ")}` }),
          started_at: time,
          components: z.array(z.string()).default([]),
          updates: z.array(update).default([]),
        }),
      )
      .default([]),
    maintenances: z
      .array(
        z.strictObject({
          name: text(200),
          scheduled_for: time,
          scheduled_until: time,
          components: z.array(z.string()).default([]),
          updates: z.array(update).default([]),
        }),
      )
      .default([]),
  }),
);

export type Notice = z.infer<typeof noticeSchema>;

const RANK: Record<Impact, number> = { none: 0, maintenance: 1, minor: 2, major: 3, critical: 4 };

/** The notice as a feed, so everything downstream treats both sources alike. */
export function noticeToFeed(notice: Notice): Feed {
  const open = notice.incidents.filter((incident) => incident.status !== "resolved" && incident.status !== "postmortem");
  const worst = open.reduce<Impact>((max, incident) => (RANK[incident.impact] > RANK[max] ? incident.impact : max), "none");
  const updates = (list: Notice["incidents"][number]["updates"]) =>
    [...list].sort((a, b) => b.at.localeCompare(a.at)).map((item) => ({ status: item.status, body: cleanText(item.body, 2000), at: item.at }));
  return {
    indicator: worst as Indicator,
    pageUrl: null,
    components: Object.entries(notice.components).map(([name, status]) => ({ name, status })),
    incidents: open.map((incident, index) => ({
      id: `notice-${index}`,
      name: cleanText(incident.name, 200),
      status: incident.status,
      impact: incident.impact,
      url: null,
      startedAt: incident.started_at,
      components: incident.components,
      updates: updates(incident.updates),
    })),
    maintenances: notice.maintenances.map((maintenance, index) => ({
      id: `maintenance-${index}`,
      name: cleanText(maintenance.name, 200),
      status: "scheduled",
      url: null,
      scheduledFor: maintenance.scheduled_for,
      scheduledUntil: maintenance.scheduled_until,
      components: maintenance.components,
      updates: updates(maintenance.updates),
    })),
  };
}
