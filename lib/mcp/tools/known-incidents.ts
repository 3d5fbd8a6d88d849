import type { StatusReport } from "../../status/report";
import { incidentSince, incidentsMatching } from "../../status/view";

/**
 * Open incidents on the components the diagnosed codes belong to, as the paste box shows them:
 * "errors like yours may be on our side". Empty when none (or when the status is unknown).
 */
export function knownIncidents(report: StatusReport, codes: readonly (string | number)[]) {
  if (codes.length === 0) return [];
  return incidentsMatching(report, { codes }).map((incident) => {
    const since = incidentSince(incident);
    return {
      name: incident.name,
      status: incident.status,
      impact: incident.impact,
      since: since.at,
      latestUpdate: incident.updates[0]?.body ?? null,
      url: incident.url ?? report.statusPage,
    };
  });
}
