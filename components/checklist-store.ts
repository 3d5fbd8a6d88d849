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

const MAX_MARKS = 100;
const MAX_RAW_CHARS = 50_000;
const MAX_STEP_ID_CHARS = 200;

/** A stored checklist, checked mark by mark: storage may hold anything (another version, an extension). */
function parseChecklist(raw: string): ChecklistState {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return EMPTY;
  }
  if (typeof value !== "object" || value === null) return EMPTY;
  const { steps, stuck } = value as { steps?: unknown; stuck?: unknown };
  const entries = typeof steps === "object" && steps !== null && !Array.isArray(steps) ? Object.entries(steps).slice(0, MAX_MARKS) : [];
  // fromEntries defines own properties, so a "__proto__" id is just an unknown step.
  const marks = Object.fromEntries(
    entries.filter((entry): entry is [string, StepMark] => entry[0].length <= MAX_STEP_ID_CHARS && (entry[1] === "tried" || entry[1] === "fixed")),
  );
  return { steps: marks, stuck: stuck === true };
}

// useSyncExternalStore needs the same object back while nothing changed: cache by the raw value.
const parsed = new Map<string, ChecklistState>();

function read(slug: string): ChecklistState {
  const raw = readItem("localStorage", keyFor(slug));
  if (!raw || raw.length > MAX_RAW_CHARS) return EMPTY;
  let state = parsed.get(raw);
  if (!state) {
    state = parseChecklist(raw);
    if (parsed.size > 50) parsed.clear();
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
