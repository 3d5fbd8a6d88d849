"use client";

import { useEffect } from "react";
import { record } from "./event-recorder";

/** Counts one view of the article per page load: the denominator of every rate in insights. */
export function RecordView({ article }: { article: string }) {
  useEffect(() => {
    record({ type: "view", article });
  }, [article]);
  return null;
}
