import Link from "next/link";
import type { ComponentReport } from "@/lib/status/report";
import { COMPONENT_STATUS_LABELS } from "@/lib/status/labels";

const BADGES: Record<ComponentReport["status"], string> = {
  operational: "bg-emerald-100 text-emerald-900 dark:bg-emerald-950 dark:text-emerald-100",
  degraded_performance: "bg-amber-100 text-amber-950 dark:bg-amber-950 dark:text-amber-100",
  partial_outage: "bg-orange-100 text-orange-950 dark:bg-orange-950 dark:text-orange-100",
  major_outage: "bg-red-100 text-red-900 dark:bg-red-950 dark:text-red-100",
  under_maintenance: "bg-sky-100 text-sky-950 dark:bg-sky-950 dark:text-sky-100",
  unknown: "bg-slate-100 text-slate-800 dark:bg-slate-800 dark:text-slate-100",
};

/** /status: each component's state, in words (colour only repeats them), with the articles it concerns. */
export function StatusComponentList({ components }: { components: ComponentReport[] }) {
  return (
    <ul className="mt-4 grid gap-3">
      {components.map((component) => (
        <li key={component.name} className="rounded-xl border border-slate-200 p-4 dark:border-slate-800">
          <div className="flex flex-wrap items-center justify-between gap-2">
            <h3 className="text-lg font-semibold break-words">{component.name}</h3>
            <span className={`rounded-full px-3 py-0.5 text-sm font-medium ${BADGES[component.status]}`}>{COMPONENT_STATUS_LABELS[component.status]}</span>
          </div>
          {component.description && <p className="mt-1 text-slate-600 dark:text-slate-400">{component.description}</p>}
          {component.articles.length > 0 && (
            <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm" aria-label={`Articles about the ${component.name}`}>
              {component.articles.map((article) => (
                <li key={article.slug}>
                  <Link prefetch={false} href={article.url}>
                    {article.title}
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ul>
  );
}
