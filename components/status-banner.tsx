"use client";

import Link from "next/link";
import { useEffect, useRef, useState } from "react";
import { formatUtc } from "@/lib/status/time";
import { bannerFor } from "@/lib/status/view";
import { useServiceStatus } from "./status-store";

const TONES = {
  incident: "border-amber-500 bg-amber-50 dark:border-amber-400 dark:bg-amber-950",
  maintenance: "border-sky-600 bg-sky-50 dark:border-sky-400 dark:bg-sky-950",
};

/**
 * The site-wide service banner, shown while anything is degraded or in maintenance. It is fixed to
 * the bottom of the window, so arriving after the page never moves the page (CLS 0), and it takes
 * no room when all is well. Without JavaScript, a line in its place links to /status instead.
 */
export function StatusBanner() {
  const status = useServiceStatus();
  const [hidden, setHidden] = useState<string | null>(null);
  const ref = useRef<HTMLElement>(null);
  const banner = status.phase === "ready" ? bannerFor(status.report, new Date(status.receivedAt)) : null;
  const shown = banner && banner.key !== hidden ? banner : null;
  const now = new Date(status.phase === "ready" ? status.receivedAt : 0);

  // Lets a page that scrolls scroll past the banner (see --status-banner-height in globals.css).
  // Not a page that fits the window: the room would add a scrollbar, narrowing (shifting) the page.
  useEffect(() => {
    const root = document.documentElement;
    const element = ref.current;
    if (!element) return;
    const update = () => {
      const room = parseFloat(root.style.getPropertyValue("--status-banner-height")) || 0;
      const scrolls = root.scrollHeight - room > root.clientHeight;
      root.style.setProperty("--status-banner-height", `${scrolls ? element.offsetHeight : 0}px`);
    };
    const observer = new ResizeObserver(update);
    observer.observe(element);
    observer.observe(document.body);
    return () => {
      observer.disconnect();
      root.style.removeProperty("--status-banner-height");
    };
  }, [shown?.key]);

  return (
    <>
      <p className="no-js-only no-print mx-auto w-full max-w-6xl px-4 pt-3 text-sm">
        Errors you did not expect? <Link prefetch={false} href="/status">See the service status</Link>.
      </p>
      <div aria-live="polite">
        {shown && status.phase === "ready" && (
          <aside ref={ref} aria-label="Service status" className={`no-print fixed inset-x-0 bottom-0 z-40 border-t-4 text-slate-900 dark:text-slate-100 ${TONES[shown.tone]}`}>
            <div className="mx-auto flex max-w-6xl items-start gap-3 px-4 py-3">
              <div className="min-w-0 flex-1 text-sm">
                <p className="truncate text-base font-semibold">
                  {shown.label}: {shown.title}
                  {shown.more > 0 ? ` (and ${shown.more} more)` : ""}
                </p>
                {shown.update && (
                  <p className="line-clamp-2 whitespace-pre-line">
                    {shown.update.at ? `Update ${formatUtc(shown.update.at, now)}: ` : "Update: "}
                    {shown.update.body}
                  </p>
                )}
                <p className="mt-1">
                  {status.report.asOf && `As of ${formatUtc(status.report.asOf, now)} · `}
                  <Link prefetch={false} href="/status">Service status</Link>
                  {shown.url && (
                    <>
                      {" · "}
                      <a href={shown.url} rel="noopener noreferrer">Incident page</a>
                    </>
                  )}
                </p>
              </div>
              <button
                type="button"
                onClick={() => setHidden(shown.key)}
                className="shrink-0 rounded-md border border-slate-500 px-3 py-1 text-sm font-medium hover:bg-white/60 dark:border-slate-400 dark:hover:bg-black/30"
              >
                Hide<span className="sr-only"> the service status banner</span>
              </button>
            </div>
          </aside>
        )}
      </div>
    </>
  );
}
