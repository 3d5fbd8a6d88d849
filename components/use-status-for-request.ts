"use client";

import { useMemo } from "react";
import type { ServiceStatusAtTheTime } from "@/lib/support/request";
import { byImpact, incidentSince, incidentsMatching } from "@/lib/status/view";
import { useServiceStatus } from "./status-store";

/** What the support request records of the service status: the incidents open now, those concerning the article first. */
export function useStatusForRequest(slug: string): ServiceStatusAtTheTime | undefined {
  const status = useServiceStatus();
  return useMemo(() => {
    if (status.phase !== "ready") return undefined;
    const concerning = incidentsMatching(status.report, { slugs: [slug] });
    const open = concerning.length > 0 ? concerning : byImpact(status.report.incidents);
    return {
      incidents: open.map((incident) => ({ name: incident.name, since: incidentSince(incident).at, url: incident.url })),
      asOf: status.report.asOf,
    };
  }, [status, slug]);
}
