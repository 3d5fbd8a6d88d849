"use client";

import { ticketMarkdown, ticketPlainText } from "@/lib/links/ticket";
import { CopyButton } from "./copy-button";

interface CopyLinksProps {
  /** The page path, with the step's #anchor when the links are for a step. */
  path: string;
  articleTitle: string;
  stepTitle?: string;
  summary: string;
}

const small =
  "rounded border border-slate-300 px-2 py-1 text-xs font-medium text-slate-700 hover:bg-slate-100 dark:border-slate-600 dark:text-slate-200 dark:hover:bg-slate-800";

/**
 * "Copy link" and "Copy for ticket" (Markdown, plain text) for an article or one of its steps.
 * The URL is absolute, from the address the reader is on. Without JavaScript there is nothing to
 * copy with, so the row keeps its place hidden (`js-only`) instead of offering dead buttons.
 */
export function CopyLinks({ path, articleTitle, stepTitle, summary }: CopyLinksProps) {
  const url = () => new URL(path, window.location.origin).href;
  const link = () => ({ articleTitle, stepTitle, url: url(), summary });
  const what = stepTitle ? `“${stepTitle}”` : "this article";
  return (
    <div className="js-only not-prose no-print flex flex-wrap items-center gap-2">
      <CopyButton text={url} confirmation="Link copied" className={small} label={`Copy link to ${what}`}>
        Copy link
      </CopyButton>
      <span className="text-xs text-slate-600 dark:text-slate-400">For a ticket:</span>
      <CopyButton text={() => ticketMarkdown(link())} confirmation="Markdown copied" className={small} label={`Copy Markdown for a ticket about ${what}`}>
        Markdown
      </CopyButton>
      <CopyButton text={() => ticketPlainText(link())} confirmation="Text copied" className={small} label={`Copy plain text for a ticket about ${what}`}>
        Plain text
      </CopyButton>
    </div>
  );
}
