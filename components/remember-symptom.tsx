"use client";

import { useEffect } from "react";
import { rememberSymptom } from "./session-context";

/**
 * Remembers which symptom the user picked (links carrying `data-symptom`), for the support
 * request on the article they land on. The links work the same without it.
 */
export function RememberSymptom() {
  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      const link = (event.target as Element | null)?.closest?.("a[data-symptom]");
      const symptom = link?.getAttribute("data-symptom");
      if (symptom) rememberSymptom(symptom);
    };
    document.addEventListener("click", onClick);
    return () => document.removeEventListener("click", onClick);
  }, []);
  return null;
}
