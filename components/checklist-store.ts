"use client";

import { useCallback, useSyncExternalStore } from "react";
import { announceChange, readItem, subscribeToChanges, writeItem } from "./browser-storage";

export type StepMark = "tried" | "fixed";

export interface ChecklistState {
  steps: Readonly<Record<string, StepMark>>;
  /** The reader asked for help, or tried every step: the "Still stuck?" panel is open. */
  stuck: boolean;
}

const EMPTY: ChecklistState = { steps: {}, stuck: false };
const CHANGE = "checklist-change";
const keyFor = (slug: string) => `checklist:${slug}`;

// useSyncExternalStore needs the same object back while nothing changed: cache by the raw value.
const parsed = new Map<string, ChecklistState>();

function read(slug: string): ChecklistState {
  const raw = readItem("localStorage", keyFor(slug));
  if (!raw) return EMPTY;
  let state = parsed.get(raw);
  if (!state) {
    try {
      const value = JSON.parse(raw) as Partial<ChecklistState>;
      state = { steps: typeof value.steps === "object" && value.steps ? value.steps : {}, stuck: value.stuck === true };
    } catch {
      state = EMPTY;
    }
    parsed.set(raw, state);
  }
  return state;
}

function write(slug: string, state: ChecklistState) {
  writeItem("localStorage", keyFor(slug), JSON.stringify(state));
  announceChange(CHANGE);
}

const subscribe = subscribeToChanges(CHANGE);

/**
 * The reader's marks on an article's solution steps, per article, in this browser only
 * (localStorage), so they survive a reload and a return visit.
 */
export function useChecklist(slug: string, stepIds: readonly string[]) {
  const state = useSyncExternalStore(
    subscribe,
    () => read(slug),
    () => EMPTY,
  );

  const mark = useCallback(
    (stepId: string, value: StepMark | null) => {
      const current = read(slug);
      const steps = { ...current.steps };
      if (value) steps[stepId] = value;
      else delete steps[stepId];
      // Every step tried and none fixed: open the panel, as if the reader had asked.
      const allTried = stepIds.every((id) => steps[id] === "tried");
      write(slug, { steps, stuck: allTried || (current.stuck && !Object.values(steps).includes("fixed")) });
    },
    [slug, stepIds],
  );

  const setStuck = useCallback((stuck: boolean) => write(slug, { ...read(slug), stuck }), [slug]);
  const reset = useCallback(() => write(slug, EMPTY), [slug]);

  const fixedBy = stepIds.find((id) => state.steps[id] === "fixed");
  const tried = stepIds.filter((id) => state.steps[id] === "tried").length;
  return { state, mark, setStuck, reset, fixedBy, tried };
}
