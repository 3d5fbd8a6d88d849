"use client";

import { useEffect } from "react";
import { safeDecode } from "@/lib/url-decode";

/**
 * Moves an old heading link (`#backoff`) to the heading's current id (`#exponential-backoff`), so
 * the URL bar shows the link to copy and the step is highlighted. Without JavaScript the old id
 * still scrolls to the heading: it is rendered inside it.
 */
export function AnchorAliases({ aliases }: { aliases: Record<string, string> }) {
  useEffect(() => {
    const follow = () => {
      // `#%` or `#%E0%A4` in a hand-typed or truncated link must not break the page.
      const old = safeDecode(window.location.hash.slice(1));
      const current = Object.hasOwn(aliases, old) ? aliases[old] : undefined;
      if (current) window.location.replace(`#${current}`);
    };
    follow();
    window.addEventListener("hashchange", follow);
    return () => window.removeEventListener("hashchange", follow);
  }, [aliases]);
  return null;
}
