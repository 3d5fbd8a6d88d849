"use client";

import dynamic from "next/dynamic";
import { useEffect, useRef } from "react";
import { useChecklist } from "./checklist-store";
import { record } from "./event-recorder";
import { useHydrated } from "./use-hydrated";
import type { SupportRequestProps } from "./support-request";

// The request builder (and the error recognizer it may load) is fetched only when the panel opens.
const SupportRequest = dynamic(() => import("./support-request").then((module) => module.SupportRequest), {
  ssr: false,
  loading: () => <p className="mt-4 text-sm">Preparing your support request…</p>,
});

/**
 * The "Still stuck?" panel: opens when every step was tried, or when the reader asks, and builds a
 * support request that already says what was tried. Without JavaScript the footer's advice and
 * contacts (rendered by the server around it) still stand.
 */
export function StillStuckPanel(props: SupportRequestProps) {
  const hydrated = useHydrated();
  const { state, setStuck, tried } = useChecklist(props.slug, props.steps.map((step) => step.id));
  const open = state.stuck;
  // Escalation per article: counted when the panel opens on this page (by the button, the link
  // under the last step, or every step tried), not when a reload finds it open from before.
  const wasOpen = useRef<boolean | null>(null);
  useEffect(() => {
    if (!hydrated) return;
    if (wasOpen.current === false && open) record({ type: "stuck", article: props.slug });
    wasOpen.current = open;
  }, [hydrated, open, props.slug]);
  if (!hydrated) return null;
  return (
    <div className="not-prose mt-4">
      <p className="text-sm text-slate-700 dark:text-slate-300">
        {props.steps.length > 0 ? `You have marked ${tried} of ${props.steps.length} steps as tried. ` : ""}
        {open ? "Here is a request you can send, with what you tried:" : "Send your administrator or support a request that already says what you tried."}
      </p>
      <button
        type="button"
        aria-expanded={open}
        aria-controls="support-request"
        onClick={() => setStuck(!open)}
        className="mt-3 rounded-md bg-blue-700 px-4 py-2 font-medium text-white hover:bg-blue-800 dark:bg-sky-300 dark:text-slate-950 dark:hover:bg-sky-200"
      >
        {open ? "Hide the support request" : "I’m still stuck: build a support request"}
      </button>
      <div id="support-request">{open && <SupportRequest {...props} />}</div>
    </div>
  );
}
