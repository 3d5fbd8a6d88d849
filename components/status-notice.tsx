"use client";

import Link from "next/link";
import { useId } from "react";
import { formatUtc } from "@/lib/status/time";
import { noticeFor } from "@/lib/status/view";
import { componentNames, noticeWords } from "./status-notice-words";
import { useServiceStatus } from "./status-store";

const TONES = {
  neutral: "border-slate-300 bg-white dark:border-slate-700 dark:bg-slate-950",
  clear: "border-emerald-600 bg-emerald-50 dark:border-emerald-500 dark:bg-emerald-950",
  incident: "border-amber-500 bg-amber-50 dark:border-amber-400 dark:bg-amber-950",
  maintenance: "border-sky-600 bg-sky-50 dark:border-sky-400 dark:bg-sky-950",
};

/**
 * "Is it on our side?" above a page's solutions, for the status components the page concerns.
 * The page is prerendered with this box already in place, at a fixed height that every state's
 * words fit (long ones are clipped, the full text is on /status), so the status arriving later
 * never moves what is below it. Only pages that concern a component carry it.
 */
export function StatusNotice({ components, className = "" }: { components: string[]; className?: string }) {
  const status = useServiceStatus();
  const id = useId();
  const now = new Date(status.phase === "ready" ? status.receivedAt : 0);
  const report = status.phase === "ready" ? status.report : null;
  const notice = report ? noticeFor(report, components, now) : status.phase === "failed" ? ({ kind: "unavailable" } as const) : null;
  const words = notice && noticeWords(notice, components, report, (iso) => formatUtc(iso, now));

  return (
    <section aria-labelledby={id} className={`not-prose rounded-lg border-l-4 border px-4 py-2 text-sm leading-6 ${TONES[words?.tone ?? "neutral"]} ${className}`}>
      <div className="flex h-6 items-center gap-3">
        <h2 id={id} className="min-w-0 flex-1 truncate text-sm leading-6 font-semibold">
          {words ? words.title : "Is it on our side?"}
        </h2>
        <Link prefetch={false} href="/status" className="shrink-0">
          Service status
        </Link>
      </div>
      <p className="line-clamp-3 h-18 overflow-hidden sm:line-clamp-2 sm:h-12">
        {words ? (
          words.detail
        ) : (
          <>
            <span className="js-inline">Checking the status of {componentNames(components)}…</span>
            <span className="no-js-only">The service status page says whether {componentNames(components)} has a known incident.</span>
          </>
        )}
      </p>
    </section>
  );
}
