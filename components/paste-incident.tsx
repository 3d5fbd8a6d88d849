"use client";

import Link from "next/link";
import { formatUtc } from "@/lib/status/time";
import { incidentSince, incidentsMatching } from "@/lib/status/view";
import { useServiceStatus } from "./status-store";

/** In the paste box: the codes recognized belong to a component with an open incident. */
export function PasteIncident({ codes }: { codes: readonly (string | number)[] }) {
  const status = useServiceStatus();
  if (status.phase !== "ready" || codes.length === 0) return null;
  const [incident] = incidentsMatching(status.report, { codes });
  if (!incident) return null;
  const since = incidentSince(incident);
  return (
    <p className="mt-3 rounded-lg border-l-4 border-amber-500 bg-amber-50 p-3 text-sm dark:border-amber-400 dark:bg-amber-950">
      <strong>This matches a known incident: {incident.name}</strong>
      {since.at ? ` (${since.word} ${formatUtc(since.at, new Date(status.receivedAt))})` : ""}. Errors like yours may be on our side; you do not need
      to change anything. <Link prefetch={false} href="/status">Service status</Link>
    </p>
  );
}
