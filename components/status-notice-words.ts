import type { StatusReport } from "@/lib/status/report";
import { COMPONENT_STATUS_LABELS } from "@/lib/status/labels";
import { incidentSince, type PageNotice } from "@/lib/status/view";

export interface NoticeWords {
  tone: "clear" | "incident" | "maintenance" | "neutral";
  title: string;
  detail: string;
}

const ON_OUR_SIDE = "Errors like yours may be on our side; you do not need to change anything.";

/** "the API", "the API and the Dashboard". */
export const componentNames = (components: readonly string[]) =>
  components.length <= 1 ? `the ${components[0] ?? "platform"}` : `the ${components.slice(0, -1).join(", ")} and ${components.at(-1)}`;

/** The page notice in words. `time` formats a feed time (UTC) for the reader. */
export function noticeWords(notice: PageNotice, components: readonly string[], report: StatusReport | null, time: (iso: string) => string): NoticeWords {
  switch (notice.kind) {
    case "incident": {
      const since = incidentSince(notice.incident);
      const when = since.at ? `${since.word[0]!.toUpperCase()}${since.word.slice(1)} ${time(since.at)}. ` : "";
      const more = notice.more > 0 ? ` ${notice.more} more open incident${notice.more === 1 ? "" : "s"} on the status page.` : "";
      return { tone: "incident", title: `Known incident: ${notice.incident.name}`, detail: `${when}${ON_OUR_SIDE}${more}` };
    }
    case "maintenance": {
      const { maintenance } = notice;
      if (notice.timing === "in-progress") {
        return {
          tone: "maintenance",
          title: `Maintenance in progress: ${maintenance.name}`,
          detail: `Until ${time(maintenance.scheduledUntil)}. Errors like yours may come from it; you do not need to change anything.`,
        };
      }
      return {
        tone: "maintenance",
        title: `Scheduled maintenance: ${maintenance.name}`,
        detail: `${time(maintenance.scheduledFor)} to ${time(maintenance.scheduledUntil)}. Errors during that time may come from it; you will not need to change anything.`,
      };
    }
    case "degraded": {
      const [first] = notice.components;
      const label = COMPONENT_STATUS_LABELS[first!.status].toLowerCase();
      const asOf = report?.asOf ? `As of ${time(report.asOf)}. ` : "";
      return { tone: "incident", title: `${notice.components.map((component) => component.name).join(", ")}: ${label}`, detail: `${asOf}${ON_OUR_SIDE}` };
    }
    case "clear": {
      const asOf = report?.asOf ? `As of ${time(report.asOf)}${report.state === "stale" ? " (the status service is not answering just now)" : ""}. ` : "";
      return {
        tone: "clear",
        title: `No known incident on ${componentNames(components)}`,
        detail: `${asOf}If the errors go on, they most likely come from your side: the steps below fix most of them.`,
      };
    }
    case "unavailable":
      return {
        tone: "neutral",
        title: "Service status unavailable",
        detail: `We could not reach the status service just now, so we cannot say whether ${componentNames(components)} has an incident. Try the steps below, and see the service status.`,
      };
  }
}
