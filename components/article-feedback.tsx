"use client";

import { useId, useState, type FormEvent } from "react";
import type { FeedbackReason } from "@/lib/events/reasons";
import { record } from "./event-recorder";
import { FeedbackDetails } from "./feedback-details";
import { useHydrated } from "./use-hydrated";

type Step = "ask" | "voted-yes" | "voted-no" | "sent";

const choice =
  "rounded-md border border-slate-400 px-4 py-1.5 text-sm font-medium hover:bg-slate-100 aria-pressed:border-blue-700 aria-pressed:bg-blue-700 aria-pressed:text-white dark:border-slate-600 dark:hover:bg-slate-800 dark:aria-pressed:border-sky-300 dark:aria-pressed:bg-sky-300 dark:aria-pressed:text-slate-950";

const MESSAGES: Record<Step, string> = {
  ask: "",
  "voted-yes": "Thank you! Glad it helped.",
  "voted-no": "Thank you. Tell us what went wrong, if you like.",
  sent: "Thank you for telling us. It helps us fix this article.",
};

/**
 * "Was this helpful?" at the end of an article. A plain form to /api/events/vote, so it works
 * without JavaScript (the answer comes back as #feedback-thanks, shown by CSS :target). With
 * JavaScript the answer is recorded in place, the reasons appear after No, and a second answer
 * in the same session replaces the first.
 */
export function ArticleFeedback({ article }: { article: string }) {
  const [step, setStep] = useState<Step>("ask");
  const hydrated = useHydrated();
  const id = useId();

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    const helpful = submitter?.value === "yes";
    const form = new FormData(event.currentTarget);
    const detailed = step === "voted-no" && !helpful;
    const comment = detailed ? String(form.get("comment") ?? "").trim() : "";
    record({
      type: "vote",
      article,
      helpful,
      reasons: detailed ? (form.getAll("reason").map(String) as FeedbackReason[]) : [],
      ...(comment ? { comment } : {}),
    });
    setStep(helpful ? "voted-yes" : detailed ? "sent" : "voted-no");
  };

  return (
    <section id="feedback" aria-labelledby={`${id}-heading`} className="no-print mt-12 rounded-xl border border-slate-200 p-6 dark:border-slate-800">
      <h2 id={`${id}-heading`} className="text-xl font-semibold">
        Was this helpful?
      </h2>
      <form method="post" action="/api/events/vote" onSubmit={onSubmit} className="mt-3">
        <input type="hidden" name="article" value={article} />
        <div className="flex gap-3">
          <button type="submit" name="helpful" value="yes" aria-pressed={step === "voted-yes"} className={choice}>
            Yes
          </button>
          <button type="submit" name="helpful" value="no" aria-pressed={step === "voted-no" || step === "sent"} className={choice}>
            No
          </button>
        </div>
        {/* Without JavaScript every field is there from the start; with it, only after No. */}
        {!hydrated && (
          <details className="no-js-only mt-4">
            <summary className="cursor-pointer text-sm font-medium">No? Tell us what went wrong (optional)</summary>
            <FeedbackDetails idPrefix={`${id}-static`} />
          </details>
        )}
        {step === "voted-no" && <FeedbackDetails idPrefix={id} />}
      </form>
      <p role="status" className="mt-3 text-sm font-medium">
        {MESSAGES[step]}
      </p>
      <p id="feedback-thanks" className="feedback-target mt-3 text-sm font-medium">
        Thank you! Your answer is recorded.
      </p>
      <p id="feedback-failed" className="feedback-target mt-3 text-sm font-medium">
        Sorry, we could not record your answer just now. Please try again in a minute.
      </p>
    </section>
  );
}
