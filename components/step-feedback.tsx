"use client";

import { useChecklist, type StepMark } from "./checklist-store";
import { record } from "./event-recorder";
import { useStepFigure } from "./step-outcomes";
import { useHydrated } from "./use-hydrated";

interface StepFeedbackProps {
  slug: string;
  stepId: string;
  stepTitle: string;
  /** All solution steps of the article, in order. */
  stepIds: string[];
  /** The article shows what others recorded ("Fixed it for 64 % of 120 people"); its author may turn that off. */
  showOutcomes: boolean;
}

const button =
  "rounded-md border px-3 py-1.5 text-sm font-medium aria-pressed:border-blue-700 aria-pressed:bg-blue-700 aria-pressed:text-white border-slate-400 hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800 dark:aria-pressed:border-sky-300 dark:aria-pressed:bg-sky-300 dark:aria-pressed:text-slate-950";

/**
 * "This fixed it" / "Tried — didn't help" under a solution step. Without JavaScript it keeps its
 * place hidden (`js-only`), so nothing shifts and no dead button is offered. With JavaScript the
 * buttons show from the first paint, before React has hydrated them; until then they are disabled,
 * so an early click is refused where it would otherwise be lost.
 */
export function StepFeedback({ slug, stepId, stepTitle, stepIds, showOutcomes }: StepFeedbackProps) {
  const figure = useStepFigure(slug, stepId, showOutcomes);
  const hydrated = useHydrated();
  const { state, mark: markInBrowser, setStuck, reset: resetInBrowser, fixedBy, tried } = useChecklist(slug, stepIds);
  // Each mark is also an anonymous outcome for the step (the latest per session counts).
  const mark = (id: string, value: StepMark | null) => {
    markInBrowser(id, value);
    record({ type: "outcome", article: slug, step: id, outcome: value ?? "none" });
  };
  const reset = () => {
    resetInBrowser();
    for (const id of Object.keys(state.steps)) record({ type: "outcome", article: slug, step: id, outcome: "none" });
  };
  const value = state.steps[stepId];
  const isLast = stepIds.at(-1) === stepId;

  if (fixedBy && fixedBy !== stepId) return null;
  const fixed = fixedBy === stepId;
  const status = fixed ? "Glad that fixed it. Nothing else to do here." : value === "tried" ? `Marked as tried: ${tried} of ${stepIds.length} steps.` : "";
  return (
    <div
      className="js-only not-prose my-6 rounded-lg border border-slate-200 p-3 dark:border-slate-800"
      role="group"
      aria-label={`Did “${stepTitle}” help?`}
    >
      {!fixed && (
        <div className="flex flex-wrap items-center gap-2">
          <span className="text-sm text-slate-700 dark:text-slate-300">Did this help?</span>
          <button type="button" className={button} aria-pressed={false} disabled={!hydrated} onClick={() => mark(stepId, "fixed")}>
            This fixed it
          </button>
          <button type="button" className={button} aria-pressed={value === "tried"} disabled={!hydrated} onClick={() => mark(stepId, value === "tried" ? null : "tried")}>
            Tried — didn’t help
          </button>
        </div>
      )}
      {figure && (
        <p className="mt-2 text-sm text-slate-700 dark:text-slate-300">
          Fixed it for {Math.round((figure.fixed / figure.total) * 100)} % of {figure.total} people who tried it
        </p>
      )}
      {/* One live region that stays in place, so each change is announced. */}
      <p role="status" className={`text-sm ${fixed ? "font-semibold" : "mt-2 text-slate-600 dark:text-slate-400"}`}>
        {status}
      </p>
      {fixed && (
        <button type="button" className="mt-1 text-sm text-blue-700 underline dark:text-sky-300" onClick={reset}>
          Undo: the problem is back
        </button>
      )}
      {!fixed && isLast && (
        <p className="mt-2 text-sm">
          {tried === stepIds.length ? "You have tried every step. " : "None of these worked? "}
          <a href="#still-stuck" onClick={() => setStuck(true)}>
            {state.stuck ? "Build a support request" : "I’m still stuck"}
          </a>
        </p>
      )}
    </div>
  );
}
