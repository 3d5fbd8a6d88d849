import type { Metadata } from "next";
import { StatusComponentList } from "@/components/status-component-list";
import { StatusIncident, StatusMaintenance } from "@/components/status-events";
import type { StatusReport } from "@/lib/status/report";
import { getServiceStatus } from "@/lib/status/server";
import { formatUtc } from "@/lib/status/time";
import { byImpact, maintenanceTiming } from "@/lib/status/view";

// Rendered per request from the status module's cache: it works without JavaScript, and it is
// where the banner and the page notices link. (Every other page stays prerendered.)
export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "Service status",
  description: "Whether the platform has a known incident or maintenance now, and which help articles each part concerns.",
  alternates: { canonical: "/status" },
};

function headline(report: StatusReport, now: Date): string {
  if (report.state === "unavailable") return "We could not reach the status service just now.";
  if (report.incidents.length > 0) return `${report.incidents.length} open incident${report.incidents.length === 1 ? "" : "s"}.`;
  if (report.maintenances.some((item) => maintenanceTiming(item, now) === "in-progress")) return "Maintenance in progress.";
  if (report.components.some((item) => item.status !== "operational" && item.status !== "unknown")) return "Some components are not fully operational.";
  return "No known incident: everything is operational.";
}

function freshness(report: StatusReport, time: (iso: string) => string): string {
  if (report.source === "notice") {
    const posted = report.incidents.length + report.maintenances.length > 0 || report.components.some((item) => item.status !== "operational");
    return posted ? "Posted by the support team." : "The support team has posted no notice.";
  }
  if (report.state === "unavailable") return "Nothing is known until it answers; the status page itself may say more.";
  const asOf = report.asOf ? time(report.asOf) : "";
  return report.state === "stale" ? `The status service is not answering just now. This is what it said as of ${asOf}.` : `As of ${asOf}.`;
}

export default async function StatusPage() {
  const report = await getServiceStatus();
  const now = new Date();
  const time = (iso: string) => formatUtc(iso, now);
  return (
    <div className="max-w-3xl">
      <h1 className="text-3xl font-bold tracking-tight">Service status</h1>
      <p className="mt-3 text-lg font-semibold">{headline(report, now)}</p>
      <p className="mt-1 text-slate-700 dark:text-slate-300">{freshness(report, time)}</p>
      {report.incidents.length > 0 && (
        <section aria-labelledby="incidents" className="mt-8">
          <h2 id="incidents" className="text-2xl font-semibold">Open incidents</h2>
          <div className="mt-4 grid gap-4">
            {byImpact(report.incidents).map((incident) => <StatusIncident key={incident.id} incident={incident} time={time} />)}
          </div>
        </section>
      )}
      {report.maintenances.length > 0 && (
        <section aria-labelledby="maintenance" className="mt-8">
          <h2 id="maintenance" className="text-2xl font-semibold">Maintenance</h2>
          <div className="mt-4 grid gap-4">
            {report.maintenances.map((item) => <StatusMaintenance key={item.id} maintenance={item} time={time} now={now} />)}
          </div>
        </section>
      )}
      <section aria-labelledby="components" className="mt-8">
        <h2 id="components" className="text-2xl font-semibold">Components</h2>
        <p className="mt-1 text-slate-600 dark:text-slate-400">Each part of the platform, and the articles for the errors its problems cause.</p>
        <StatusComponentList components={report.components} />
      </section>
      {report.statusPage && (
        <p className="mt-8">
          Past incidents and updates by email: <a href={report.statusPage} rel="noopener noreferrer">the platform’s status page</a>.
        </p>
      )}
    </div>
  );
}
