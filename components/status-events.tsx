import type { Incident, Maintenance } from "@/lib/status/types";
import { IMPACT_LABELS, updateLabel } from "@/lib/status/labels";
import { incidentSince, maintenanceTiming } from "@/lib/status/view";

type Time = (iso: string) => string;

const affects = (components: string[]) => (components.length > 0 ? `Affects: ${components.join(", ")}` : "Affected components not stated");

/** An incident or maintenance on /status: its state and every update, newest first, as plain text. */
export function StatusIncident({ incident, time }: { incident: Incident; time: Time }) {
  const since = incidentSince(incident);
  return (
    <article className="rounded-xl border-l-4 border border-amber-500 p-5 dark:border-amber-400">
      <h3 className="text-xl font-semibold break-words">{incident.name}</h3>
      <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
        {IMPACT_LABELS[incident.impact]} · {updateLabel(incident.status)}
        {since.at ? ` · ${since.word} ${time(since.at)}` : ""} · {affects(incident.components)}
      </p>
      <Updates updates={incident.updates} time={time} />
      {incident.url && (
        <p className="mt-3 text-sm">
          <a href={incident.url} rel="noopener noreferrer">This incident on the status page</a>
        </p>
      )}
    </article>
  );
}

export function StatusMaintenance({ maintenance, time, now }: { maintenance: Maintenance; time: Time; now: Date }) {
  const running = maintenanceTiming(maintenance, now) === "in-progress";
  return (
    <article className="rounded-xl border-l-4 border border-sky-600 p-5 dark:border-sky-400">
      <h3 className="text-xl font-semibold break-words">{maintenance.name}</h3>
      <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
        {running ? "In progress" : "Scheduled"} · {time(maintenance.scheduledFor)} to {time(maintenance.scheduledUntil)} · {affects(maintenance.components)}
      </p>
      <Updates updates={maintenance.updates} time={time} />
    </article>
  );
}

function Updates({ updates, time }: { updates: Incident["updates"]; time: Time }) {
  if (updates.length === 0) return null;
  return (
    <ol className="mt-3 space-y-3">
      {updates.map((update, index) => (
        <li key={`${update.at}-${index}`}>
          <p className="text-sm font-semibold">
            {updateLabel(update.status)}
            {update.at && (
              <>
                {" · "}
                <time dateTime={update.at}>{time(update.at)}</time>
              </>
            )}
          </p>
          <p className="break-words whitespace-pre-line">{update.body}</p>
        </li>
      ))}
    </ol>
  );
}
