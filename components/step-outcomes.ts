"use client";

import { useEffect, useState } from "react";

export interface StepFigure {
  fixed: number;
  total: number;
}

// One request per article page, shared by all its steps.
const requests = new Map<string, Promise<Record<string, StepFigure>>>();

function load(slug: string): Promise<Record<string, StepFigure>> {
  let request = requests.get(slug);
  if (!request) {
    request = fetch(`/api/outcomes/${encodeURIComponent(slug)}`)
      .then((response): Promise<{ steps?: Record<string, StepFigure> }> => (response.ok ? response.json() : Promise.resolve({})))
      .then((body) => body.steps ?? {})
      // No figures is a fine answer: the step reads as it did without them.
      .catch(() => ({}));
    requests.set(slug, request);
  }
  return request;
}

/** What others recorded for a step (once at least 20 did), fetched after the page has loaded. */
export function useStepFigure(slug: string, stepId: string, enabled: boolean): StepFigure | null {
  const [figure, setFigure] = useState<StepFigure | null>(null);
  useEffect(() => {
    if (!enabled) return;
    let current = true;
    void load(slug).then((steps) => current && setFigure(steps[stepId] ?? null));
    return () => {
      current = false;
    };
  }, [slug, stepId, enabled]);
  return figure;
}
