"use client";

import { usePathname } from "next/navigation";
import { useEffect } from "react";
import { ticketMarkdown, ticketPlainText } from "@/lib/links/ticket";
import { copyFetched, copyToClipboard } from "./copy-to-clipboard";

const CONFIRMATIONS = { link: "Link copied", markdown: "Markdown copied", text: "Text copied", article: "Article copied as Markdown" } as const;
type CopyKind = keyof typeof CONFIRMATIONS;

function textFor(kind: Exclude<CopyKind, "article">, row: HTMLElement): string {
  const url = new URL(row.dataset.path ?? "/", window.location.origin).href;
  if (kind === "link") return url;
  const link = { articleTitle: row.dataset.title ?? "", stepTitle: row.dataset.step || undefined, url, summary: row.dataset.summary ?? "" };
  return kind === "markdown" ? ticketMarkdown(link) : ticketPlainText(link);
}

/**
 * Handles every CopyLinks row on the page (one listener, however many steps): copies the absolute
 * URL or the ticket snippet and confirms in the row's live region.
 */
export function CopyDelegate() {
  useEffect(() => {
    const timers = new WeakMap<Element, ReturnType<typeof setTimeout>>();
    const onClick = async (event: MouseEvent) => {
      const button = (event.target as Element | null)?.closest?.<HTMLButtonElement>("button[data-copy]");
      const row = button?.closest<HTMLElement>("[data-copy-row]");
      const status = row?.querySelector("[data-copy-status]");
      const kind = button?.dataset.copy as CopyKind | undefined;
      if (!button || !row || !status || !kind || !(kind in CONFIRMATIONS)) return;
      // The whole article is fetched (its prerendered `.md`) only when asked for, not carried in the page.
      const copied = kind === "article" ? await copyFetched(row.dataset.markdown ?? "") : await copyToClipboard(textFor(kind, row));
      status.textContent = copied ? CONFIRMATIONS[kind] : "Copy failed: select the text and copy it yourself";
      clearTimeout(timers.get(status));
      timers.set(
        status,
        setTimeout(() => {
          status.textContent = "";
        }, 4000),
      );
    };
    document.addEventListener("click", onClick);
    return () => document.removeEventListener("click", onClick);
  }, []);
  // The rows' buttons are disabled until a listener is here to act on them (see CopyLinks): those of
  // the first page once it runs, those of each page a client-side navigation brings after it.
  const pathname = usePathname();
  useEffect(() => {
    for (const button of document.querySelectorAll<HTMLButtonElement>("button[data-copy]:disabled")) button.disabled = false;
  }, [pathname]);
  return null;
}
