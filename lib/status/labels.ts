import type { ComponentReport } from "./report";
import type { Impact } from "./types";

/** The words for the feed's values, in one place for the banner, the notices and /status. */
export const IMPACT_LABELS: Record<Impact, string> = {
  none: "Incident",
  maintenance: "Maintenance",
  minor: "Minor incident",
  major: "Major incident",
  critical: "Critical incident",
};

export const COMPONENT_STATUS_LABELS: Record<ComponentReport["status"], string> = {
  operational: "Operational",
  degraded_performance: "Degraded performance",
  partial_outage: "Partial outage",
  major_outage: "Major outage",
  under_maintenance: "Under maintenance",
  unknown: "Unknown",
};

const UPDATE_LABELS: Record<string, string> = {
  investigating: "Investigating",
  identified: "Identified",
  monitoring: "Monitoring",
  resolved: "Resolved",
  postmortem: "Postmortem",
  scheduled: "Scheduled",
  in_progress: "In progress",
  verifying: "Verifying",
  completed: "Completed",
};

export const updateLabel = (status: string) => UPDATE_LABELS[status] ?? "Update";
